// Working-day arithmetic and the calendar file reader (format: docs/catalog-format.md).
#include "model/calendar.hpp"

#include <fmt/core.h>
#include <yaml-cpp/yaml.h>

#include "model/catalog.hpp"  // CatalogError

namespace dossier {

namespace {

[[noreturn]] void fail(const std::filesystem::path& file, const YAML::Mark& mark,
                       const std::string& why) {
    int line = mark.is_null() ? 1 : mark.line + 1;
    throw CatalogError(fmt::format("{}:{}: {}", file.string(), line, why));
}

Date date_of(const std::filesystem::path& file, const YAML::Node& n, const char* what) {
    if (!n || !n.IsScalar())
        fail(file, n ? n.Mark() : YAML::Mark::null_mark(), fmt::format("{}缺少日期", what));
    auto d = Date::parse_iso(n.Scalar());
    if (!d)
        fail(file, n.Mark(),
             fmt::format("{}“{}”不是有效日期（格式应为 YYYY-MM-DD）", what, n.Scalar()));
    return *d;
}

}  // namespace

void Calendar::load(const std::filesystem::path& file) {
    YAML::Node root;
    try {
        root = YAML::LoadFile(file.string());
    } catch (const YAML::BadFile&) {
        throw CatalogError(fmt::format("{}:1: 找不到或无法读取日历文件", file.string()));
    } catch (const YAML::ParserException& e) {
        fail(file, e.mark, fmt::format("日历文件 YAML 语法错误：{}", e.msg));
    }
    if (!root.IsMap()) fail(file, root.Mark(), "日历文件应为键值表（year、holidays、workdays）");

    if (auto holidays = root["holidays"]) {
        if (!holidays.IsSequence()) fail(file, holidays.Mark(), "holidays 应为列表");
        for (const auto& h : holidays) {
            if (h.IsScalar()) {
                add_holiday(date_of(file, h, "节假日"));
                continue;
            }
            if (!h.IsMap()) fail(file, h.Mark(), "节假日应为日期或 {from, to, name}");
            Date from = date_of(file, h["from"] ? h["from"] : h, "节假日起始");
            Date to = h["to"] ? date_of(file, h["to"], "节假日结束") : from;
            if (to < from) fail(file, h.Mark(), "节假日结束日期早于起始日期");
            if (to.serial() - from.serial() > 366)
                fail(file, h.Mark(), "节假日区间超过一年，请检查日期");
            for (long s = from.serial(); s <= to.serial(); ++s) add_holiday(Date::from_serial(s));
        }
    }
    if (auto workdays = root["workdays"]) {
        if (!workdays.IsSequence()) fail(file, workdays.Mark(), "workdays 应为列表");
        for (const auto& w : workdays) add_workday(date_of(file, w, "调休上班日"));
    }
}

bool Calendar::is_workday(Date d) const {
    long s = d.serial();
    if (workdays_.count(s)) return true;
    if (holidays_.count(s)) return false;
    return d.weekday() < 5;
}

Date Calendar::add_workdays(Date d, int n) const {
    Date cur = d;
    while (n > 0) {
        cur = cur.plus_days(1);
        if (is_workday(cur)) --n;
    }
    return cur;
}

int Calendar::workdays_between(Date from, Date to) const {
    if (to <= from) return 0;
    int count = 0;
    for (long s = from.serial() + 1; s <= to.serial(); ++s)
        if (is_workday(Date::from_serial(s))) ++count;
    return count;
}

}  // namespace dossier
