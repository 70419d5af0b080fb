// libxml2's SAX2 push parser, for the workbook reader.
//
// Debian builds libxml2 with ICU, and encoding.h then includes the system's <unicode/ucnv.h>,
// whose UErrorCode clashes with the one in Foundation's own ICU module. Nothing of ICU is used
// here: encoding handlers only pass through these headers as pointers, and their ICU fields come
// last, so the headers are read without them.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/xmlerror.h>
