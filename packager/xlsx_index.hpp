// 目录.xlsx (libxlsxwriter): sheet 1 "文件" one row per packaged file (序号, 一级/二级/三级指标,
// 单位, 文件, 发布日期, 置信度, 备注), sheet 2 "指标" one row per indicator with status and points
// at risk. Frozen header rows, fixed column widths, document creation time = view.timestamp so two
// builds give the same bytes. Thread-safe (no shared state); writes one temporary file in `tmpdir`.
#pragma once

#include <filesystem>
#include <string>

#include <tl/expected.hpp>

#include "packager/view.hpp"

namespace dossier {

// Returns the workbook bytes. Error (Chinese) when libxlsxwriter cannot write the temporary file.
tl::expected<std::string, Error> index_xlsx(const PackageView& view,
                                            const std::filesystem::path& tmpdir);

}  // namespace dossier
