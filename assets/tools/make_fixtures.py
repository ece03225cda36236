# make_fixtures.py: the data sets chapter 01 uses that the book does not ship.
#
# Run from the repository root:   python3 assets/tools/make_fixtures.py
# (or `hocsau run assets/tools/make_fixtures.py`; the script uses only MiniPy's subset).
# It rewrites, byte for byte the same on every run:
#   assets/data_linear_outlier.csv  D1 (the book's data_linear.csv) plus one outlier row (90, 300)
#   assets/data_bedrooms.csv        house price from area and number of bedrooms (exercise 3.6)
#
# Both sets are deterministic formulas, so no random numbers are drawn; the legacy NumPy
# stream is seeded anyway so that any fixture added below is reproducible in CPython+NumPy
# and in MiniPy alike (np.random.seed is the MT19937 legacy stream in both).
import numpy as np
import pandas as pd

np.random.seed(2020)

# --- D6: the outlier set for L1 vs L2 (chapter 01, §3.5) -------------------------------
# The book's 30 houses, then one house sold far below the trend: 90 m² for 300 million.
d1 = pd.read_csv('assets/data_linear.csv').values
outlier = np.array([[90.0, 300.0]])
d6 = np.vstack((d1, outlier))
np.savetxt('assets/data_linear_outlier.csv', d6, fmt='%.6g', delimiter=',',
           header='Diện tích,Giá', comments='')

# --- D5: price from area and bedrooms (chapter 01, exercise 3.6) -----------------------
# price = 12·area + 40·bedrooms + 8 + noise, with a fixed saw-tooth "noise" in -20..20.
i = np.arange(30)
area = np.linspace(30, 100, 30)
bedrooms = 1 + np.floor((area - 30) / 20) + (i % 2)
noise = 4 * (((i * 7) % 11) - 5)
price = 12 * area + 40 * bedrooms + 8 + noise
d5 = np.hstack((area.reshape(-1, 1), bedrooms.reshape(-1, 1), price.reshape(-1, 1)))
np.savetxt('assets/data_bedrooms.csv', d5, fmt='%.12g', delimiter=',',
           header='Diện tích,Phòng ngủ,Giá', comments='')

print('wrote assets/data_linear_outlier.csv', d6.shape)
print('wrote assets/data_bedrooms.csv', d5.shape)
