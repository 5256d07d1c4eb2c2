// 目录.pdf (PoDoFo 0.9.8): a printable cover (unit, catalog, date, score summary) and the file
// table, with WenQuanYi Micro Hei (face 0 of the Debian .ttc, extracted to a .ttf) embedded as a
// subset so it prints anywhere and pdftotext reads the Chinese back. CreationDate/ModDate come from
// view.timestamp, so two builds give the same bytes. PoDoFo keeps no global state we rely on, but
// call it from one thread at a time to be safe.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <tl/expected.hpp>

#include "packager/view.hpp"

namespace dossier {

// `ttf` is a single-face TrueType font (see font::extract_face). Returns the PDF bytes; Error
// (Chinese) when PoDoFo fails (bad font, out of memory).
tl::expected<std::string, Error> index_pdf(const PackageView& view,
                                           const std::filesystem::path& ttf);

// `text` broken into lines of at most `width` points at `size` points, as the file table prints
// a cell: at line-break opportunities (ICU, Chinese rules), a Latin word broken only when it is
// wider than a line; never cut. At least one line.
std::vector<std::string> wrap_cell(const std::string& text, double width, double size);

// "D:20201123000000+08'00'" for a Unix time, in Asia/Shanghai.
std::string pdf_date(long long unix_time);

}  // namespace dossier
