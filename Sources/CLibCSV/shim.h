#ifndef REGSYNC_CLIBCSV_SHIM_H
#define REGSYNC_CLIBCSV_SHIM_H
// Debian's libcsv-dev ships no pkg-config file; the header lives in /usr/include.
#include <csv.h>
#endif
