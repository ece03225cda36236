#ifndef HOCSAU_CZLIB_SHIM_H
#define HOCSAU_CZLIB_SHIM_H
#include <zlib.h>
static inline int hocsau_z_ok(void) { return Z_OK; }
static inline int hocsau_z_stream_end(void) { return Z_STREAM_END; }
static inline int hocsau_z_buf_error(void) { return Z_BUF_ERROR; }
static inline int hocsau_z_no_flush(void) { return Z_NO_FLUSH; }
static inline int hocsau_z_finish(void) { return Z_FINISH; }
static inline int hocsau_inflate_init2(z_stream *s, int windowBits) { return inflateInit2(s, windowBits); }
static inline int hocsau_deflate_init2(z_stream *s, int level, int windowBits) {
  return deflateInit2(s, level, Z_DEFLATED, windowBits, 8, Z_DEFAULT_STRATEGY);
}
#endif
