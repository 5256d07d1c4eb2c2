// Working-day arithmetic over an official holiday calendar (manifests/calendars/*.yaml):
// weekends are rest days except make-up workdays; listed holidays are rest days.
#pragma once

#include <filesystem>
#include <set>

#include "model/date.hpp"

namespace dossier {

class Calendar {
  public:
    void add_holiday(Date d) { holidays_.insert(d.serial()); }
    void add_workday(Date d) { workdays_.insert(d.serial()); }
    // Loads a calendar YAML (holidays: [..], workdays: [..]); throws CatalogError "file:line: ...".
    void load(const std::filesystem::path& file);

    bool is_workday(Date d) const;
    // The date n working days after d (n >= 0); d itself does not count.
    // 2020-09-30 + 1 = 2020-10-09.
    Date add_workdays(Date d, int n) const;
    // Working days in (from, to]: 0 when to <= from. Publication on the next working day = 1.
    int workdays_between(Date from, Date to) const;

  private:
    std::set<long> holidays_;
    std::set<long> workdays_;
};

}  // namespace dossier
