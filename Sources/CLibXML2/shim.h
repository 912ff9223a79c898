#ifndef REGSYNC_CLIBXML2_SHIM_H
#define REGSYNC_CLIBXML2_SHIM_H
// Debian's libxml2 is built with ICU; its headers then include the system ICU headers,
// which clash with Foundation's private copy of ICU in any module that also sees
// Foundation ("'UErrorCode' has different definitions"). regsync never uses libxml2's
// ICU hooks, so hide them (see shared/PLATFORM.md).
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/SAX2.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlIO.h>
#endif
