// Spreadsheet part of the OOXML extractor: sheets in workbook order, shared and inline strings,
// numbers, and cells whose style has a date number format (built-in 14–22, 27–36, 57–58, or a
// custom code with y/m/d outside quotes, e.g. yyyy"年"m"月"d"日) rendered YYYY-MM-DD from the
// 1900 date system (1904 when the workbook says so). The first non-empty row of a sheet is its
// header row; every later row goes into ExtractResult::rows with those headers and, as
// tab-separated values, into the sheet's PageText.
#pragma once

#include <string_view>

#include <tl/expected.hpp>

#include "extractors/zip_package.hpp"
#include "model/record.hpp"

namespace dossier {

// Appends one PageText per sheet and the rows to `out`. `workbook` is the workbook part name
// (usually "xl/workbook.xml").
tl::expected<void, Error> read_xlsx(const ZipPackage& zip, std::string_view workbook,
                                    ExtractResult& out);

// True when the number format (id + custom code, empty for built-ins) shows a date.
bool is_date_format(int id, std::string_view code);

// Excel serial day → date (1900 system with its phantom 1900-02-29, or 1904 system).
Date excel_serial_date(double serial, bool date1904);

}  // namespace dossier
