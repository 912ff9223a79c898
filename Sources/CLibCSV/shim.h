#ifndef REGSYNC_CLIBCSV_SHIM_H
#define REGSYNC_CLIBCSV_SHIM_H
// Debian's libcsv-dev ships no pkg-config file; the header lives in /usr/include.
#include <csv.h>

// Puts a parser back at the start of a row (libcsv's ROW_NOT_BEGUN is 0 in libcsv.c).
// csv_fini resets the parser itself, except when CSV_STRICT_FINI makes it fail on an
// unterminated quoted field: then it returns -1 and leaves the parser mid-field, and the
// next record would start inside that field. RegsyncCSV parses one record per call, so
// it resets after every record, keeping libcsv's entry buffer for reuse.
static inline void regsync_csv_reset(struct csv_parser *p) {
    p->pstate = 0;
    p->quoted = 0;
    p->spaces = 0;
    p->entry_pos = 0;
    p->status = 0;
}

// Space predicate that never matches: with it libcsv keeps spaces and tabs around
// unquoted fields (its default strips them).
static inline int regsync_csv_no_space(unsigned char c) {
    (void)c;
    return 0;
}
#endif
