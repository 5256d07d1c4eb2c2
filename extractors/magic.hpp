// File type from content (magic bytes), never from the extension.
#pragma once

#include <string>
#include <string_view>

namespace dossier::magic {

// Returns a short type name for the first bytes of a file:
// "png", "jpeg", "gif", "bmp", "tiff", "webp", "pdf", "zip", "ooxml-docx", "ooxml-xlsx",
// "ooxml-pptx", "ofd", "7z", "rar", "gzip", "bzip2", "xz", "zstd", "lz4", "lzip", "compress" (.Z),
// "tar", "ole" (doc/xls/wps),
// "html", "mhtml", "eml" (a mail), "text", "pe" (Windows executable), "elf", "empty", or "unknown".
// For zip-based types the caller should pass enough of the head to include the first entry names
// (64 KiB is plenty for OOXML/OFD, whose first entries name the type).
std::string sniff(std::string_view head);

// Chinese description for a sniffed type, used in rejection reasons: "PE 可执行程序", "PNG 图片"…
// The label, media type and archive flag come from the file-type table (model/file_type.hpp).
std::string describe(std::string_view type);

// The media type for a sniffed type ("image/png", "application/pdf", ...).
std::string media_type(std::string_view type);

// True for archive containers the ingest stage expands (zip that is not OOXML/OFD, 7z, rar, tar,
// gzip/bzip2/xz/zstd/lz4/lzip/.Z tarballs and lone compressed files) and mails (.eml, read by extractors/mail).
bool is_archive(std::string_view type);

}  // namespace dossier::magic
