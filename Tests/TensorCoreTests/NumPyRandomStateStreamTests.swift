// Generated values are NumPy 2.4.6's legacy RandomState stream; each test names the NumPy call
// that printed its expected literal. Comparisons are exact (`==` on Double).
import Testing
@testable import TensorCore

private func state(seed: Int) throws -> NumPyRandomState {
  var r = NumPyRandomState()
  try r.seed(seed)
  return r
}

@Suite struct NumPyRandomStateStreamTests {
  // np.random.seed(0); np.random.rand(5)
  @Test func randomSampleSeed0() throws {
    var r = try state(seed: 0)
    let got = r.randomSample(count: 5)
    let expected: [Double] = [0.5488135039273248, 0.7151893663724195, 0.6027633760716439, 0.5448831829968969, 0.4236547993389047]
    #expect(got == expected)
  }

  // np.random.seed(1); np.random.rand(5)
  @Test func randomSampleSeed1() throws {
    var r = try state(seed: 1)
    let got = r.randomSample(count: 5)
    let expected: [Double] = [0.417022004702574, 0.7203244934421581, 0.00011437481734488664, 0.30233257263183977, 0.14675589081711304]
    #expect(got == expected)
  }

  // np.random.seed(42); np.random.rand(5)
  @Test func randomSampleSeed42() throws {
    var r = try state(seed: 42)
    let got = r.randomSample(count: 5)
    let expected: [Double] = [0.3745401188473625, 0.9507143064099162, 0.7319939418114051, 0.5986584841970366, 0.15601864044243652]
    #expect(got == expected)
  }

  // np.random.seed(4294967295); np.random.rand(5)
  @Test func randomSampleSeed4294967295() throws {
    var r = try state(seed: 4294967295)
    let got = r.randomSample(count: 5)
    let expected: [Double] = [0.0976320289940138, 0.9123828453026218, 0.78903530185164, 0.7800035981134678, 0.01793967398674523]
    #expect(got == expected)
  }

  // np.random.seed(0); np.random.rand(697); np.random.rand(3)
  @Test func randomSampleAcrossRegeneration() throws {
    var r = try state(seed: 0)
    _ = r.randomSample(count: 697)
    let got = r.randomSample(count: 3)
    let expected: [Double] = [0.01912289744868978, 0.5181498137911743, 0.8427768626848423]
    #expect(got == expected)
  }

  // np.random.seed(0); np.random.randn(5)
  @Test func standardNormalSeed0() throws {
    var r = try state(seed: 0)
    let got = r.standardNormal(count: 5)
    let expected: [Double] = [1.764052345967664, 0.4001572083672233, 0.9787379841057392, 2.240893199201458, 1.8675579901499675]
    #expect(got == expected)
  }

  // np.random.seed(1); np.random.randn(5)
  @Test func standardNormalSeed1() throws {
    var r = try state(seed: 1)
    let got = r.standardNormal(count: 5)
    let expected: [Double] = [1.6243453636632417, -0.6117564136500754, -0.5281717522634557, -1.0729686221561705, 0.8654076293246785]
    #expect(got == expected)
  }

  // np.random.seed(42); np.random.randn(5)
  @Test func standardNormalSeed42() throws {
    var r = try state(seed: 42)
    let got = r.standardNormal(count: 5)
    let expected: [Double] = [0.4967141530112327, -0.13826430117118466, 0.6476885381006925, 1.5230298564080254, -0.23415337472333597]
    #expect(got == expected)
  }

  // np.random.seed(4294967295); np.random.randn(5)
  @Test func standardNormalSeed4294967295() throws {
    var r = try state(seed: 4294967295)
    let got = r.standardNormal(count: 5)
    let expected: [Double] = [0.6484086742306527, 0.6693235306338161, -1.0805437227474493, 0.2845010447986309, 0.11388773652167104]
    #expect(got == expected)
  }

  // np.random.seed(0); np.concatenate([np.random.rand(1), np.random.randn(3), np.random.rand(2), np.random.randn(1)])
  @Test func interleavedUniformAndNormal() throws {
    var r = try state(seed: 0)
    let got = r.randomSample(count: 1) + r.standardNormal(count: 3) + r.randomSample(count: 2) + r.standardNormal(count: 1)
    let expected: [Double] = [0.5488135039273248, 0.7415917408091613, 1.5529137219128164, -2.268328201180374, 0.6458941130666561, 0.4375872112626925, 1.3335453816218967]
    #expect(got == expected)
  }

  // np.random.seed(0); [np.random.randn() for _ in range(3)]
  @Test func gaussCacheSurvivesBetweenCalls() throws {
    var r = try state(seed: 0)
    let got = [r.standardNormal(), r.standardNormal(), r.standardNormal()]
    let expected: [Double] = [1.764052345967664, 0.4001572083672233, 0.9787379841057392]
    #expect(got == expected)
  }

  // np.random.seed(7); np.random.randn(); np.random.seed(7); np.random.randn(2)
  @Test func seedResetsGaussCache() throws {
    var r = try state(seed: 7)
    _ = r.standardNormal()
    #expect(r.cachedGauss != nil)
    try r.seed(7)
    #expect(r.cachedGauss == nil)
    let got = r.standardNormal(count: 2)
    let expected: [Double] = [1.690525703800356, -0.4659373705408328]
    #expect(got == expected)
  }

  // np.random.seed(42); np.random.normal(5.0, 2.0, 4)
  @Test func normalLocScale() throws {
    var r = try state(seed: 42)
    let got = try r.normal(mean: 5, standardDeviation: 2, count: 4)
    let expected: [Double] = [5.993428306022466, 4.72347139765763, 6.295377076201385, 8.046059712816051]
    #expect(got == expected)
  }

  // np.random.seed(42); np.random.uniform(-3.0, 7.0, 4)
  @Test func uniformLowHigh() throws {
    var r = try state(seed: 42)
    let got = try r.uniform(low: -3, high: 7, count: 4)
    let expected: [Double] = [0.7454011884736249, 6.507143064099161, 4.319939418114051, 2.986584841970366]
    #expect(got == expected)
  }

  // np.random.seed(3); [np.random.random(), np.random.random_sample(), np.random.standard_normal(), np.random.normal(), np.random.uniform()]
  @Test func scalarDrawsMixed() throws {
    var r = try state(seed: 3)
    let got = [r.randomSample(), r.randomSample(), r.standardNormal(), try r.normal(), try r.uniform()]
    let expected: [Double] = [0.5507979025745755, 0.7081478226181048, 0.09649746807200862, -1.8634927033644908, 0.8929469543476547]
    #expect(got == expected)
  }

  // np.random.seed(0); np.random.randint(0, 10, 10)
  @Test func integersSmallRange() throws {
    var r = try state(seed: 0)
    let got = try r.integers(low: 0, high: 10, count: 10)
    let expected: [Int] = [5, 0, 3, 3, 7, 9, 3, 5, 2, 4]
    #expect(got == expected)
  }

  // np.random.seed(1); np.random.randint(-5, 5, 10)
  @Test func integersNegativeLow() throws {
    var r = try state(seed: 1)
    let got = try r.integers(low: -5, high: 5, count: 10)
    let expected: [Int] = [0, 3, 4, 0, -5, -5, -4, 2, 1, 4]
    #expect(got == expected)
  }

  // np.random.seed(2); np.random.randint(0, 2**40, 5)
  @Test func integers40BitRange() throws {
    var r = try state(seed: 2)
    let got = try r.integers(low: 0, high: 1 << 40, count: 5)
    let expected: [Int] = [722349427215, 1021908186696, 98559752491, 904025113675, 448053292295]
    #expect(got == expected)
  }

  // np.random.seed(2); np.random.randint(-2**62, 2**62, 5)
  @Test func integers63BitRange() throws {
    var r = try state(seed: 2)
    let got = try r.integers(low: -(1 << 62), high: 1 << 62, count: 5)
    let expected: [Int] = [3431000368545368591, -4133431523297102264, -3695575030627927765, 3418594760524858443, 3142731235190549767]
    #expect(got == expected)
  }

  // np.random.seed(5); np.random.randint(0, 2**32, 4)
  @Test func integersFull32BitRange() throws {
    var r = try state(seed: 5)
    let got = try r.integers(low: 0, high: 1 << 32, count: 4)
    let expected: [Int] = [953453411, 236996814, 3739766767, 3570525885]
    #expect(got == expected)
  }

  // np.random.seed(5); np.random.randint(0, 2**32 + 1, 4)
  @Test func integersJustOver32Bits() throws {
    var r = try state(seed: 5)
    let got = try r.integers(low: 0, high: (1 << 32) + 1, count: 4)
    let expected: [Int] = [1562238070, 4206684233, 385778404, 2090094288]
    #expect(got == expected)
  }

  // np.random.seed(6); np.random.randint(-2**63, 2**63 - 1, 3)
  @Test func integersFullInt64Range() throws {
    var r = try state(seed: 6)
    let got = try r.integers(low: Int.min, high: Int.max, count: 3)
    let expected: [Int] = [7246990587097631433, -3099425545820330028, 5925631456464534893]
    #expect(got == expected)
  }

  // np.random.seed(9); np.random.randint(7, 8, 3), np.random.rand()
  @Test func integersEmptyRangeConsumesNothing() throws {
    var r = try state(seed: 9)
    let got = try r.integers(low: 7, high: 8, count: 3).map(Double.init) + [r.randomSample()]
    let expected: [Double] = [7.0, 7.0, 7.0, 0.010374153885699955]
    #expect(got == expected)
  }

  // np.random.seed(9); np.random.randint(100)
  @Test func integerScalar() throws {
    var r = try state(seed: 9)
    let got = [try r.integer(low: 0, high: 100)]
    let expected: [Int] = [92]
    #expect(got == expected)
  }

  // np.random.seed(0); a = np.arange(10); np.random.shuffle(a); a
  @Test func shuffleTen() throws {
    var r = try state(seed: 0)
    var got = Array(0..<10)
    r.shuffle(&got)
    let expected: [Int] = [2, 8, 4, 9, 1, 6, 7, 3, 0, 5]
    #expect(got == expected)
  }

  // np.random.seed(1); a = np.arange(12).reshape(4, 3); np.random.shuffle(a); a.ravel()
  @Test func shuffleRows() throws {
    var r = try state(seed: 1)
    var got = Array(0..<12)
    r.shuffle(&got, rowLength: 3)
    let expected: [Int] = [9, 10, 11, 6, 7, 8, 0, 1, 2, 3, 4, 5]
    #expect(got == expected)
  }

  // np.random.seed(0); np.random.permutation(10)
  @Test func permutationTen() throws {
    var r = try state(seed: 0)
    let got = r.permutation(10)
    let expected: [Int] = [2, 8, 4, 9, 1, 6, 7, 3, 0, 5]
    #expect(got == expected)
  }

  // np.random.seed(42); np.random.permutation(1000)
  @Test func permutationThousand() throws {
    var r = try state(seed: 42)
    let got = r.permutation(1000)
    let expected: [Int] = [521, 737, 740, 660, 411, 678, 626, 513, 859, 136, 811, 76, 636, 973, 938, 899, 280, 883, 761, 319, 549, 174, 371, 527, 210, 235, 101, 986, 902, 947, 346, 139, 621, 499, 370, 198, 687, 584, 901, 59, 328, 96, 312, 974, 299, 277, 924, 601, 439, 837, 570, 879, 261, 578, 23, 30, 617, 10, 221, 820, 296, 54, 542, 209, 604, 692, 662, 866, 70, 543, 107, 493, 590, 741, 292, 289, 652, 39, 589, 307, 679, 66, 275, 67, 318, 548, 998, 714, 753, 327, 382, 451, 522, 218, 787, 436, 764, 88, 63, 826, 716, 351, 936, 256, 635, 644, 554, 959, 168, 917, 528, 823, 985, 816, 86, 432, 184, 978, 534, 294, 892, 425, 713, 260, 237, 559, 583, 445, 867, 800, 599, 849, 265, 995, 529, 55, 120, 215, 25, 72, 44, 247, 721, 281, 893, 914, 810, 244, 822, 321, 643, 158, 977, 429, 941, 462, 309, 697, 60, 884, 595, 767, 649, 650, 865, 668, 298, 689, 314, 310, 361, 479, 110, 989, 486, 363, 254, 259, 802, 677, 494, 670, 377, 526, 845, 137, 355, 365, 942, 749, 948, 829, 656, 199, 213, 408, 332, 208, 613, 78, 29, 535, 695, 557, 836, 596, 165, 918, 495, 824, 65, 141, 925, 827, 655, 331, 664, 249, 907, 708, 305, 734, 975, 49, 896, 2, 544, 350, 904, 536, 344, 994, 481, 575, 33, 31, 231, 963, 192, 333, 3, 204, 514, 799, 306, 109, 430, 77, 84, 286, 82, 991, 789, 894, 398, 323, 519, 916, 922, 5, 731, 465, 97, 266, 357, 868, 798, 380, 631, 381, 490, 118, 900, 250, 523, 9, 196, 603, 81, 783, 587, 797, 239, 290, 211, 717, 359, 449, 227, 950, 946, 796, 501, 464, 362, 468, 935, 428, 7, 155, 541, 440, 482, 422, 778, 949, 334, 576, 934, 567, 594, 530, 581, 707, 448, 453, 228, 352, 728, 212, 79, 148, 302, 628, 777, 506, 342, 485, 711, 133, 703, 311, 722, 629, 0, 316, 706, 547, 872, 532, 477, 404, 172, 125, 394, 420, 552, 903, 90, 939, 181, 274, 895, 69, 291, 131, 300, 424, 326, 144, 423, 580, 135, 450, 164, 28, 773, 193, 388, 852, 169, 705, 140, 173, 6, 745, 478, 73, 910, 813, 238, 145, 792, 234, 220, 923, 500, 132, 990, 774, 185, 41, 696, 108, 588, 56, 405, 442, 757, 997, 24, 467, 539, 531, 618, 694, 926, 338, 51, 507, 516, 920, 781, 264, 817, 710, 682, 832, 518, 447, 18, 715, 483, 568, 433, 367, 83, 61, 638, 272, 285, 360, 354, 456, 278, 12, 182, 368, 881, 615, 223, 572, 970, 653, 545, 582, 633, 176, 665, 673, 585, 873, 393, 163, 248, 634, 885, 669, 375, 412, 74, 113, 598, 961, 390, 104, 114, 417, 525, 457, 409, 92, 930, 89, 336, 988, 921, 933, 605, 593, 611, 94, 11, 396, 533, 43, 42, 329, 167, 497, 876, 597, 756, 100, 426, 178, 444, 416, 870, 882, 680, 177, 395, 911, 793, 960, 684, 383, 956, 751, 257, 538, 335, 15, 324, 758, 222, 179, 983, 22, 356, 666, 861, 340, 431, 551, 833, 203, 630, 93, 558, 68, 622, 284, 844, 434, 153, 75, 730, 446, 188, 271, 236, 487, 117, 943, 512, 825, 591, 126, 116, 473, 693, 57, 863, 912, 369, 268, 46, 349, 195, 999, 834, 736, 263, 443, 675, 304, 341, 966, 149, 124, 786, 50, 353, 927, 142, 470, 399, 625, 320, 19, 809, 790, 808, 407, 537, 620, 38, 175, 245, 828, 667, 754, 858, 154, 287, 602, 569, 743, 17, 127, 322, 255, 657, 964, 190, 115, 616, 606, 180, 301, 759, 712, 723, 685, 979, 517, 984, 45, 909, 157, 851, 171, 16, 511, 48, 971, 940, 515, 952, 480, 283, 718, 877, 225, 26, 954, 437, 951, 364, 229, 37, 965, 374, 469, 967, 850, 704, 841, 194, 854, 864, 503, 969, 830, 579, 968, 162, 908, 152, 801, 993, 755, 111, 226, 688, 103, 421, 419, 750, 586, 780, 672, 119, 53, 151, 403, 945, 207, 658, 843, 762, 8, 807, 36, 452, 651, 253, 303, 746, 571, 623, 732, 891, 262, 610, 297, 414, 150, 788, 640, 889, 550, 886, 488, 147, 146, 720, 931, 739, 659, 348, 463, 325, 186, 123, 853, 608, 143, 958, 197, 609, 279, 293, 400, 122, 183, 202, 438, 246, 415, 932, 765, 906, 835, 887, 129, 637, 402, 784, 770, 735, 913, 219, 641, 915, 752, 806, 919, 624, 874, 760, 386, 972, 509, 267, 819, 441, 496, 112, 691, 232, 869, 607, 671, 373, 981, 842, 233, 785, 676, 317, 648, 410, 898, 709, 358, 258, 744, 627, 632, 282, 376, 384, 224, 953, 814, 472, 347, 505, 639, 987, 928, 905, 619, 855, 803, 645, 846, 556, 957, 577, 795, 85, 242, 698, 159, 524, 35, 540, 170, 654, 890, 857, 847, 944, 733, 95, 563, 240, 742, 574, 690, 460, 553, 888, 206, 392, 794, 397, 766, 848, 217, 4, 768, 642, 929, 612, 738, 546, 725, 683, 98, 804, 727, 573, 406, 502, 47, 32, 779, 839, 200, 134, 27, 880, 230, 489, 772, 378, 288, 418, 674, 391, 592, 498, 138, 62, 471, 647, 128, 976, 520, 838, 962, 64, 812, 14, 156, 40, 492, 379, 187, 763, 216, 791, 52, 878, 337, 748, 719, 724, 295, 701, 251, 726, 461, 455, 996, 815, 862, 269, 201, 161, 555, 729, 401, 702, 476, 821, 771, 105, 565, 389, 1, 937, 982, 561, 80, 205, 34, 775, 508, 427, 454, 366, 91, 339, 897, 564, 345, 776, 241, 13, 315, 600, 387, 273, 166, 840, 992, 646, 818, 484, 980, 504, 831, 243, 566, 875, 562, 686, 189, 782, 699, 475, 681, 510, 58, 474, 560, 856, 747, 252, 21, 313, 459, 160, 276, 955, 191, 385, 805, 413, 491, 343, 769, 308, 661, 130, 663, 871, 99, 372, 87, 458, 330, 214, 466, 121, 614, 20, 700, 71, 106, 270, 860, 435, 102]
    #expect(got == expected)
  }

  // np.random.seed(2**32 - 1); a = np.arange(1000); np.random.shuffle(a); a
  @Test func shuffleThousand() throws {
    var r = try state(seed: 4_294_967_295)
    var got = Array(0..<1000)
    r.shuffle(&got)
    let expected: [Int] = [94, 405, 819, 632, 217, 169, 449, 275, 165, 828, 959, 475, 23, 136, 183, 341, 804, 882, 689, 909, 748, 887, 310, 579, 847, 218, 158, 703, 961, 454, 649, 904, 251, 714, 296, 573, 239, 441, 671, 784, 665, 219, 50, 838, 582, 466, 879, 949, 66, 515, 951, 527, 149, 599, 790, 342, 404, 329, 517, 814, 687, 514, 28, 502, 812, 79, 2, 115, 19, 740, 185, 463, 620, 629, 323, 831, 365, 295, 13, 801, 805, 353, 37, 555, 38, 350, 436, 116, 972, 143, 803, 121, 125, 370, 425, 578, 971, 281, 505, 944, 612, 455, 139, 541, 222, 876, 937, 832, 408, 162, 130, 892, 709, 662, 26, 690, 811, 609, 93, 108, 231, 328, 995, 289, 14, 859, 40, 531, 22, 63, 177, 516, 617, 963, 584, 737, 76, 345, 260, 706, 336, 607, 245, 376, 189, 719, 638, 591, 658, 34, 840, 103, 549, 777, 947, 969, 759, 743, 970, 532, 233, 701, 702, 334, 766, 362, 896, 524, 592, 487, 319, 340, 686, 693, 733, 15, 597, 975, 379, 678, 206, 851, 255, 154, 337, 284, 588, 386, 813, 167, 723, 602, 843, 497, 704, 78, 451, 910, 593, 738, 291, 385, 96, 933, 604, 765, 134, 637, 126, 854, 572, 508, 680, 564, 966, 52, 174, 423, 870, 605, 945, 199, 77, 269, 938, 304, 699, 82, 348, 925, 510, 153, 792, 469, 545, 157, 443, 322, 513, 888, 166, 774, 363, 692, 480, 911, 302, 881, 6, 855, 491, 192, 312, 745, 661, 495, 439, 778, 711, 950, 203, 753, 685, 998, 226, 732, 315, 928, 35, 483, 420, 561, 670, 900, 244, 556, 331, 272, 254, 18, 247, 571, 715, 525, 861, 364, 724, 124, 73, 309, 932, 347, 707, 366, 399, 257, 645, 565, 994, 889, 666, 122, 355, 862, 70, 667, 412, 430, 373, 263, 744, 415, 598, 327, 447, 538, 1, 795, 842, 893, 270, 647, 452, 853, 731, 817, 844, 433, 758, 628, 498, 29, 256, 700, 512, 176, 798, 836, 389, 965, 65, 979, 377, 407, 325, 535, 123, 648, 100, 395, 358, 181, 507, 209, 105, 320, 697, 285, 586, 344, 494, 317, 822, 208, 313, 835, 815, 3, 283, 616, 369, 797, 860, 482, 623, 190, 457, 346, 672, 981, 308, 922, 410, 559, 727, 885, 816, 402, 537, 618, 413, 907, 974, 915, 397, 324, 796, 841, 305, 360, 622, 736, 676, 953, 782, 8, 184, 155, 21, 224, 43, 267, 646, 848, 56, 140, 186, 999, 642, 770, 583, 243, 97, 741, 288, 150, 850, 728, 631, 102, 168, 349, 210, 857, 827, 51, 352, 114, 33, 390, 991, 708, 32, 908, 833, 895, 388, 478, 810, 558, 440, 188, 444, 636, 86, 533, 330, 359, 807, 477, 606, 428, 481, 863, 536, 858, 110, 644, 416, 55, 271, 894, 940, 351, 566, 551, 976, 453, 57, 292, 68, 522, 490, 131, 151, 849, 411, 241, 633, 230, 688, 59, 799, 808, 762, 939, 654, 9, 144, 67, 521, 903, 205, 30, 655, 17, 757, 39, 668, 429, 401, 361, 180, 500, 194, 128, 749, 195, 314, 721, 785, 392, 147, 432, 236, 446, 880, 982, 540, 960, 550, 563, 547, 679, 698, 871, 235, 0, 25, 653, 89, 197, 775, 326, 789, 450, 380, 277, 488, 883, 120, 626, 568, 962, 818, 985, 252, 875, 489, 335, 223, 809, 663, 173, 332, 170, 669, 552, 958, 787, 142, 891, 339, 518, 659, 897, 957, 577, 964, 839, 501, 54, 382, 712, 901, 530, 856, 523, 673, 864, 696, 942, 48, 172, 422, 367, 613, 286, 694, 265, 886, 865, 567, 27, 132, 69, 956, 461, 253, 890, 543, 83, 99, 261, 717, 627, 983, 682, 722, 318, 160, 520, 874, 546, 557, 528, 5, 85, 262, 459, 242, 585, 729, 868, 4, 600, 278, 299, 786, 264, 75, 677, 691, 793, 60, 989, 781, 472, 930, 823, 783, 159, 276, 924, 986, 74, 750, 705, 431, 246, 200, 98, 95, 414, 837, 448, 456, 614, 643, 621, 902, 156, 282, 300, 763, 357, 906, 20, 225, 553, 248, 175, 10, 826, 496, 316, 240, 920, 830, 470, 570, 62, 212, 374, 164, 825, 980, 113, 301, 802, 474, 467, 935, 476, 852, 417, 435, 990, 381, 946, 215, 250, 730, 929, 90, 780, 191, 287, 274, 127, 742, 954, 64, 333, 977, 249, 306, 927, 504, 442, 266, 987, 625, 821, 171, 464, 393, 615, 788, 36, 232, 383, 562, 640, 146, 372, 581, 193, 49, 426, 580, 343, 997, 268, 560, 603, 298, 406, 867, 338, 866, 846, 145, 756, 152, 767, 258, 458, 716, 735, 511, 182, 542, 211, 657, 104, 91, 7, 161, 967, 204, 878, 273, 675, 179, 771, 198, 899, 873, 651, 641, 554, 917, 403, 968, 569, 58, 119, 479, 993, 221, 996, 695, 46, 596, 630, 710, 394, 739, 400, 492, 297, 396, 534, 11, 133, 486, 61, 898, 92, 42, 918, 660, 45, 548, 718, 178, 213, 196, 684, 594, 187, 845, 371, 106, 418, 228, 118, 806, 234, 409, 869, 293, 484, 88, 101, 955, 720, 378, 111, 725, 791, 437, 916, 434, 148, 509, 398, 354, 619, 41, 259, 138, 984, 952, 117, 610, 81, 752, 72, 137, 237, 773, 31, 877, 656, 923, 460, 820, 135, 485, 624, 931, 544, 912, 519, 465, 499, 587, 746, 934, 375, 238, 307, 595, 747, 47, 80, 129, 650, 384, 776, 24, 834, 227, 926, 53, 913, 575, 760, 462, 280, 992, 163, 768, 634, 574, 764, 674, 493, 755, 216, 16, 936, 772, 611, 608, 109, 391, 207, 424, 590, 279, 734, 943, 681, 589, 294, 824, 683, 445, 112, 321, 914, 941, 303, 468, 84, 471, 872, 769, 829, 229, 751, 713, 919, 988, 761, 921, 387, 220, 427, 973, 794, 652, 884, 529, 978, 664, 503, 368, 356, 44, 601, 905, 201, 421, 526, 726, 311, 87, 438, 141, 539, 202, 779, 107, 754, 635, 639, 800, 473, 506, 214, 576, 948, 71, 12, 290, 419]
    #expect(got == expected)
  }

  // np.random.seed(0); np.random.choice(5, 10)
  @Test func choiceUniform() throws {
    var r = try state(seed: 0)
    let got = try r.choice(populationSize: 5, count: 10)
    let expected: [Int] = [4, 0, 3, 3, 3, 1, 3, 2, 4, 0]
    #expect(got == expected)
  }

  // np.random.seed(0); np.random.choice(5, 10, p=[0.1, 0.2, 0.3, 0.25, 0.15])
  @Test func choiceWithP() throws {
    var r = try state(seed: 0)
    let got = try r.choice(populationSize: 5, count: 10, probabilities: [0.1, 0.2, 0.3, 0.25, 0.15])
    let expected: [Int] = [2, 3, 3, 2, 2, 3, 2, 4, 4, 2]
    #expect(got == expected)
  }

  // np.random.seed(1); np.random.choice(10, 5, replace=False)
  @Test func choiceWithoutReplacement() throws {
    var r = try state(seed: 1)
    let got = try r.choice(populationSize: 10, count: 5, replace: false)
    let expected: [Int] = [2, 9, 6, 4, 0]
    #expect(got == expected)
  }

  // np.random.seed(2); np.random.choice(5, 4, replace=False, p=[0.1, 0.2, 0.3, 0.25, 0.15])
  @Test func choiceWithoutReplacementWithP() throws {
    var r = try state(seed: 2)
    let got = try r.choice(populationSize: 5, count: 4, replace: false, probabilities: [0.1, 0.2, 0.3, 0.25, 0.15])
    let expected: [Int] = [2, 0, 3, 1]
    #expect(got == expected)
  }

  // np.random.seed(4); np.random.choice(6, 5, replace=False, p=[0.5, 0.0, 0.2, 0.1, 0.1, 0.1])
  @Test func choiceWithoutReplacementZeroP() throws {
    var r = try state(seed: 4)
    let got = try r.choice(populationSize: 6, count: 5, replace: false, probabilities: [0.5, 0.0, 0.2, 0.1, 0.1, 0.1])
    let expected: [Int] = [5, 2, 3, 0, 4]
    #expect(got == expected)
  }

  // np.random.seed(3); [np.random.choice(5, p=[0.1, 0.2, 0.3, 0.25, 0.15]), np.random.choice(5)]
  @Test func choiceScalar() throws {
    var r = try state(seed: 3)
    let got = try r.choice(populationSize: 5, probabilities: [0.1, 0.2, 0.3, 0.25, 0.15]) + r.choice(populationSize: 5)
    let expected: [Int] = [2, 1]
    #expect(got == expected)
  }

  // np.random.seed([1, 2, 3]); np.random.rand(3)
  @Test func seedArray() throws {
    var r = NumPyRandomState()
    try r.seed(array: [1, 2, 3])
    let got = r.randomSample(count: 3)
    let expected: [Double] = [0.6098612722867289, 0.8866970434146851, 0.47633673750662764]
    #expect(got == expected)
  }

  // np.random.seed([2**32 - 1]); np.random.rand(2)
  @Test func seedArrayMax() throws {
    var r = NumPyRandomState()
    try r.seed(array: [4_294_967_295])
    let got = r.randomSample(count: 2)
    let expected: [Double] = [0.6353574441341173, 0.20319993954407756]
    #expect(got == expected)
  }

  // np.random.seed(list(range(700))); np.random.rand(2)
  @Test func seedArrayLongerThanState() throws {
    var r = NumPyRandomState()
    try r.seed(array: Array(0..<700))
    let got = r.randomSample(count: 2)
    let expected: [Double] = [0.867898393018711, 0.9148838731573538]
    #expect(got == expected)
  }
}
