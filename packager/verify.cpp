#include "packager/verify.hpp"

#include <algorithm>
#include <fstream>
#include <map>
#include <memory>
#include <optional>
#include <set>

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <re2/re2.h>
#include <zip.h>

#include "model/encoding.hpp"
#include "model/sha256.hpp"
#include "packager/bagit.hpp"
#include "packager/layout.hpp"

namespace dossier {

namespace fs = std::filesystem;
using Sev = VerifyProblem::Severity;

namespace {

struct ZipDiscard {
    void operator()(zip_t* z) const { zip_discard(z); }
};
struct ZipFileClose {
    void operator()(zip_file_t* f) const { zip_fclose(f); }
};

struct Member {
    std::string name;  // UTF-8
    std::string sha256;
    uint64_t size = 0;
    int part = 1;
    bool ok = true;
    std::string content;  // kept for manifest.json and the tag files only
};

bool is_tag_or_index(const std::string& n) {
    static const std::set<std::string> k = {
        "bagit.txt",     "bag-info.txt", "manifest-sha256.txt", "tagmanifest-sha256.txt",
        "manifest.json", "index.html",   "目录.xlsx",           "目录.pdf"};
    return k.count(n) > 0;
}

class Checker {
  public:
    Checker(VerifyReport& r) : r_(r) {}

    void add(Sev s, const std::string& member, std::string message) {
        // Paths quoted from manifest-sha256.txt etc. are the archive's bytes, not necessarily
        // UTF-8 (found by fuzz_manifest_verify): escape them so the report prints cleanly.
        r_.problems.push_back(
            {s, encoding::escape_invalid_utf8(member), encoding::escape_invalid_utf8(message)});
    }

    // Reads one part into `members`; returns false when the file is not a zip at all.
    bool read_part(const fs::path& path, int part, std::map<std::string, Member>& members) {
        ZipPtr za;
        if (!open_part(path, za)) return false;
        if (!za) return true;  // a zip, but damaged beyond reading (reported)
        const bool gbk_archive = has_gbk_names(za.get());
        const zip_int64_t n = zip_get_num_entries(za.get(), 0);
        std::vector<char> buf(1 << 20);
        for (zip_int64_t i = 0; i < n; ++i) {
            const auto idx = static_cast<zip_uint64_t>(i);
            auto name = member_name(za.get(), idx, gbk_archive);
            if (!name) continue;
            check_name(*name);
            if (!name->empty() && name->back() == '/') continue;
            Member m = read_member(za.get(), idx, *name, part, buf);
            ++r_.members;
            r_.bytes += m.size;
            r_.files.push_back(*name);
            if (members.count(*name))
                add(Sev::warning, *name, fmt::format("压缩包中有重名成员：{}", *name));
            members[*name] = std::move(m);
        }
        return true;
    }

    void check_name(const std::string& name) {
        if (name.empty()) {
            add(Sev::warning, name, "压缩包中有空文件名的成员");
            return;
        }
        if (name[0] == '/' || name.find('\\') != std::string::npos) {
            add(Sev::warning, name, fmt::format("路径不可移植（绝对路径或反斜杠）：{}", name));
            return;
        }
        if (layout::utf16_length(name) > 259)
            add(Sev::warning, name, fmt::format("路径超过 Windows 的 260 字符限制：{}", name));
        size_t start = 0;
        while (start < name.size()) {
            size_t end = name.find('/', start);
            if (end == std::string::npos) end = name.size();
            const std::string comp = name.substr(start, end - start);
            start = end + 1;
            if (comp.empty()) continue;
            if (comp == "..") {
                add(Sev::warning, name,
                    fmt::format("路径含“..”，解压时可能越出目标文件夹：{}", name));
                return;
            }
            if (comp.size() > layout::kMaxComponentBytes) {
                add(Sev::warning, name, fmt::format("文件名超过 255 字节：{}", name));
                return;
            }
            if (comp == ".") continue;
            if (layout::clean_component(comp) != comp) {
                add(Sev::warning, name,
                    fmt::format("文件名含 Windows 不允许的字符或保留名：{}", name));
                return;
            }
        }
    }

  private:
    using ZipPtr = std::unique_ptr<zip_t, ZipDiscard>;

    // Opens a part, strictly first; a zip whose directory and headers disagree is reported and
    // opened leniently (`za` stays null when even that fails). Returns false, with the problem
    // reported, when the file is missing or not a zip.
    bool open_part(const fs::path& path, ZipPtr& za) {
        const std::string label = path.filename().string();
        int err = 0;
        za.reset(zip_open(path.c_str(), ZIP_RDONLY | ZIP_CHECKCONS, &err));
        if (za) return true;
        std::string head(4, '\0');
        std::ifstream in(path, std::ios::binary);
        in.read(head.data(), 4);
        if (!in || head.compare(0, 2, "PK") != 0) {
            if (!fs::exists(path))
                add(Sev::damaged, label, fmt::format("找不到文件：{}", label));
            else
                add(Sev::damaged, label, fmt::format("{} 不是 zip 压缩包", label));
            return false;
        }
        add(Sev::damaged, label,
            fmt::format("{} 的目录结构与文件头不一致，压缩包已损坏（错误码 {}）", label, err));
        za.reset(zip_open(path.c_str(), ZIP_RDONLY, &err));
        if (!za) add(Sev::damaged, label, fmt::format("{} 已损坏，无法读取", label));
        return true;
    }

    // An archive written with GBK names (ours with --name-encoding gbk, or Chinese Windows
    // tools) also has names whose GBK bytes happen to be valid UTF-8 (目录 = C4BF C2BC):
    // decide per archive, not per name.
    static bool has_gbk_names(zip_t* za) {
        const zip_int64_t n = zip_get_num_entries(za, 0);
        for (zip_int64_t i = 0; i < n; ++i) {
            const char* raw_c = zip_get_name(za, static_cast<zip_uint64_t>(i), ZIP_FL_ENC_RAW);
            if (!raw_c || encoding::is_valid_utf8(raw_c)) continue;
            bool decoded = false;
            encoding::name_to_utf8(raw_c, &decoded);
            if (decoded) return true;
        }
        return false;
    }

    // The UTF-8 name of member `idx` (nullopt when libzip has none), warning about names
    // without the UTF-8 flag.
    std::optional<std::string> member_name(zip_t* za, zip_uint64_t idx, bool gbk_archive) {
        const char* raw_c = zip_get_name(za, idx, ZIP_FL_ENC_RAW);
        const char* strict_c = zip_get_name(za, idx, ZIP_FL_ENC_STRICT);
        if (!raw_c) return std::nullopt;
        const std::string raw = raw_c, strict = strict_c ? strict_c : raw;
        const bool unicode_extra =
            zip_file_extra_fields_count_by_id(za, idx, 0x7075, ZIP_FL_CENTRAL) > 0;
        const bool ascii =
            std::all_of(raw.begin(), raw.end(), [](char c) { return (c & 0x80) == 0; });
        if (ascii || (strict == raw && encoding::is_valid_utf8(raw))) return raw;
        if (unicode_extra && encoding::is_valid_utf8(strict)) return strict;
        if (encoding::is_valid_utf8(raw) && !gbk_archive) {
            add(Sev::warning, raw,
                fmt::format("文件名为 UTF-8 但未设 UTF-8 标志，Windows 上可能显示乱码：{}", raw));
            return raw;
        }
        return legacy_name(raw);
    }

    // A name in a legacy encoding (GBK/GB18030), decoded; one warning for the whole archive,
    // not one per name (the screen is for real problems), or one per name it cannot decode.
    std::string legacy_name(const std::string& raw) {
        bool decoded = false;
        std::string name;
        if (encoding::is_valid_utf8(raw)) {
            auto g = encoding::to_utf8(raw, "GB18030");
            decoded = g.has_value();
            name = g.value_or(raw);
        } else {
            name = encoding::name_to_utf8(raw, &decoded);
        }
        if (!decoded)
            add(Sev::warning, name, fmt::format("文件名编码无法识别：{}", name));
        else if (gbk_names_++ == 0)
            add(Sev::warning, name,
                fmt::format("文件名为 GBK 编码（未设 UTF-8 标志），只有中文 Windows "
                            "能正确显示，例如：{}",
                            name));
        return name;
    }

    // Reads member `idx` through, hashing it (and keeping the content of manifest.json and the
    // tag files); a member that cannot be read whole is reported damaged.
    Member read_member(zip_t* za, zip_uint64_t idx, const std::string& name, int part,
                       std::vector<char>& buf) {
        Member m;
        m.name = name;
        m.part = part;
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(za, idx, 0, &st) == 0 && (st.valid & ZIP_STAT_SIZE)) m.size = st.size;
        const bool keep = is_tag_or_index(name) && name != "目录.pdf" && name != "目录.xlsx" &&
                          name != "index.html";
        std::unique_ptr<zip_file_t, ZipFileClose> zf(zip_fopen_index(za, idx, 0));
        Sha256 md;
        uint64_t got = 0;
        m.ok = zf != nullptr;
        while (m.ok) {
            const zip_int64_t k = zip_fread(zf.get(), buf.data(), buf.size());
            if (k < 0) m.ok = false;
            if (k <= 0) break;
            md.update(buf.data(), static_cast<size_t>(k));
            if (keep) m.content.append(buf.data(), static_cast<size_t>(k));
            got += static_cast<uint64_t>(k);
        }
        if (m.ok && got != m.size) m.ok = false;
        m.sha256 = md.hex_final();
        if (!m.ok)
            add(Sev::damaged, name,
                fmt::format("成员已损坏（CRC 校验失败或数据无法解压）：{}", name));
        return m;
    }

    VerifyReport& r_;
    int gbk_names_ = 0;
};

std::vector<std::pair<std::string, std::string>> parse_manifest_lines(const std::string& text) {
    std::vector<std::pair<std::string, std::string>> out;
    size_t pos = 0;
    while (pos < text.size()) {
        size_t nl = text.find('\n', pos);
        if (nl == std::string::npos) nl = text.size();
        std::string line = text.substr(pos, nl - pos);
        pos = nl + 1;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty()) continue;
        const size_t sp = line.find(' ');
        if (sp == std::string::npos) {
            out.emplace_back("", line);
            continue;
        }
        size_t p = sp;
        while (p < line.size() && line[p] == ' ') ++p;
        out.emplace_back(line.substr(0, sp), bagit::decode_path(line.substr(p)));
    }
    return out;
}

// manifest.json comes from the archive under test, so any field may hold any type; nlohmann's
// value() throws type_error on a mismatch (found by fuzz_manifest_verify). Read a field only when
// it has the expected type, else the default.
std::string str_field(const nlohmann::json& o, const char* key, const std::string& def = "") {
    if (!o.is_object()) return def;
    auto it = o.find(key);
    return it != o.end() && it->is_string() ? it->get<std::string>() : def;
}

double num_field(const nlohmann::json& o, const char* key, double def = 0) {
    if (!o.is_object()) return def;
    auto it = o.find(key);
    return it != o.end() && it->is_number() ? it->get<double>() : def;
}

bool is_leaf(const nlohmann::json& indicators, const std::string& id) {
    for (const auto& o : indicators) {
        const std::string other = str_field(o, "id");
        if (other.size() > id.size() && other.compare(0, id.size(), id) == 0 &&
            other[id.size()] == '.')
            return false;
    }
    return true;
}

// verify_package's state: the report being filled, the parts and what was read from them.
struct Verification {
    VerifyReport& r;
    Checker c;
    std::vector<fs::path> parts;
    std::vector<std::map<std::string, Member>> per_part{};
    std::map<std::string, Member> members{};  // all parts; the first part wins on a repeated name
    nlohmann::json manifest{};                // parsed manifest.json (null when none)
    std::set<std::string> manifest_ids{};     // indicator ids manifest.json lists
};

// The files to verify: `zip` alone, or for "name.partKofN.zip" every part 1…N.
std::vector<fs::path> part_paths(const fs::path& zip) {
    std::vector<fs::path> parts{zip};
    std::string base, count;
    int k = 0;
    static const RE2 kPart(R"((.+)\.part([0-9]+)of([0-9]+)\.zip)");
    if (RE2::FullMatch(zip.filename().string(), kPart, &base, &k, &count)) {
        const int n = std::stoi(count);
        if (n >= 1 && n <= 999) {
            parts.clear();
            for (int i = 1; i <= n; ++i)
                parts.push_back(zip.parent_path() / fmt::format("{}.part{}of{}.zip", base, i, n));
        }
    }
    return parts;
}

// Reads every part (a missing part of a set is reported); false when none is a zip at all.
bool read_parts(Verification& v) {
    v.per_part.resize(v.parts.size());
    bool any_zip = false;
    for (size_t i = 0; i < v.parts.size(); ++i) {
        v.r.parts.push_back(v.parts[i].string());
        if (v.parts.size() > 1 && !fs::exists(v.parts[i])) {
            v.c.add(Sev::damaged, v.parts[i].filename().string(),
                    fmt::format("缺少分卷：{}", v.parts[i].filename().string()));
            continue;
        }
        if (v.c.read_part(v.parts[i], static_cast<int>(i + 1), v.per_part[i])) any_zip = true;
        for (auto& [name, m] : v.per_part[i]) v.members.emplace(name, m);
    }
    return any_zip;
}

using PartMembers = std::map<std::string, Member>;

// Payload-Oxum as the payload manifest finds it: bytes and count of the listed files present.
struct Oxum {
    uint64_t bytes = 0;
    size_t count = 0;
};

// manifest-sha256.txt: every listed file present with its hash; no data/ file unlisted.
Oxum check_payload_manifest(Checker& c, const PartMembers& pm, const std::string& label) {
    Oxum oxum;
    auto mf = pm.find("manifest-sha256.txt");
    if (mf == pm.end()) {
        c.add(Sev::damaged, "manifest-sha256.txt",
              label + "缺少 manifest-sha256.txt（BagIt 校验清单）");
        return oxum;
    }
    std::set<std::string> listed;
    for (const auto& [hex, path] : parse_manifest_lines(mf->second.content)) {
        listed.insert(path);
        auto it = pm.find(path);
        if (it == pm.end()) {
            c.add(Sev::damaged, path,
                  fmt::format("{}清单中的文件不在压缩包中（被删除？）：{}", label, path));
            continue;
        }
        oxum.bytes += it->second.size;
        ++oxum.count;
        if (it->second.ok && it->second.sha256 != hex)
            c.add(Sev::damaged, path,
                  fmt::format("{}文件内容与 SHA-256 校验值不符（被修改）：{}", label, path));
    }
    for (const auto& [name, m] : pm)
        if (name.rfind("data/", 0) == 0 && !listed.count(name))
            c.add(Sev::damaged, name,
                  fmt::format("{}压缩包中多出未列入校验清单的文件：{}", label, name));
    return oxum;
}

// tagmanifest-sha256.txt: every listed tag file present with its hash; no tag file unlisted.
void check_tag_manifest(Checker& c, const PartMembers& pm, const std::string& label) {
    std::set<std::string> tag_listed;
    auto tm = pm.find("tagmanifest-sha256.txt");
    if (tm == pm.end()) {
        c.add(Sev::damaged, "tagmanifest-sha256.txt", label + "缺少 tagmanifest-sha256.txt");
    } else {
        for (const auto& [hex, path] : parse_manifest_lines(tm->second.content)) {
            tag_listed.insert(path);
            auto it = pm.find(path);
            if (it == pm.end())
                c.add(Sev::damaged, path,
                      fmt::format("{}清单中的索引文件不在压缩包中：{}", label, path));
            else if (it->second.ok && it->second.sha256 != hex)
                c.add(Sev::damaged, path,
                      fmt::format("{}索引文件与校验值不符（被修改）：{}", label, path));
        }
    }
    for (const auto& [name, m] : pm)
        if (name.rfind("data/", 0) != 0 && name != "tagmanifest-sha256.txt" &&
            !tag_listed.count(name))
            c.add(Sev::damaged, name,
                  fmt::format("{}压缩包中多出未列入校验清单的文件：{}", label, name));
}

// bag-info.txt's Payload-Oxum, when it has one, matches what the payload manifest found.
void check_oxum(Checker& c, const PartMembers& pm, const std::string& label, const Oxum& found) {
    auto bi = pm.find("bag-info.txt");
    if (bi == pm.end()) return;
    std::string oxum;
    static const RE2 kOxum(R"((?m)^Payload-Oxum:\s*([0-9]+\.[0-9]+)\s*$)");
    if (RE2::PartialMatch(bi->second.content, kOxum, &oxum) &&
        oxum != fmt::format("{}.{}", found.bytes, found.count))
        c.add(Sev::damaged, "bag-info.txt",
              fmt::format("{}Payload-Oxum 不符：记录 {}，实际 {}.{}", label, oxum, found.bytes,
                          found.count));
}

// Part `i` as a BagIt bag, when it has bagit.txt (messages name the part in a split set).
void check_bag(Verification& v, size_t i) {
    const PartMembers& pm = v.per_part[i];
    if (pm.empty() || !pm.count("bagit.txt")) return;
    const std::string label =
        v.parts.size() > 1 ? v.parts[i].filename().string() + "：" : std::string();
    v.r.is_bag = true;
    const Oxum found = check_payload_manifest(v.c, pm, label);
    check_tag_manifest(v.c, pm, label);
    check_oxum(v.c, pm, label, found);
}

// Parses the first manifest.json of the set; a malformed one is reported. True when one parsed.
bool load_manifest(Verification& v) {
    for (size_t i = 0; i < v.parts.size() && !v.r.has_manifest; ++i) {
        auto it = v.per_part[i].find("manifest.json");
        if (it == v.per_part[i].end()) continue;
        v.manifest = nlohmann::json::parse(it->second.content, nullptr, false);
        if (v.manifest.is_discarded() || !v.manifest.is_object() || !v.manifest.contains("files") ||
            !v.manifest["files"].is_array()) {
            v.c.add(Sev::damaged, "manifest.json", "manifest.json 无法解析或格式不对");
            v.manifest = nlohmann::json();
            break;
        }
        v.r.has_manifest = true;
    }
    return v.r.has_manifest;
}

// manifest.json agrees with the archive: its schema, every file it lists present (in the part it
// names, unless that part is missing, which is reported already) with its hash, no data/ file
// unlisted.
void check_manifest_files(Verification& v) {
    const nlohmann::json& manifest = v.manifest;
    if (str_field(manifest, "schema") != "dossier.manifest/1")
        v.c.add(Sev::warning, "manifest.json",
                fmt::format("manifest.json 的 schema 不是 dossier.manifest/1：{}",
                            str_field(manifest, "schema")));
    const size_t nparts = v.parts.size();
    std::set<std::string> listed;
    for (const auto& f : manifest["files"]) {
        if (!f.is_object() || !f.contains("path") || !f["path"].is_string()) continue;
        const std::string path = f["path"];
        listed.insert(path);
        const int part =
            f.contains("part") && f["part"].is_number_integer() ? f["part"].get<int>() : 1;
        auto it = v.members.find(path);
        if (it == v.members.end() || (nparts > 1 && it->second.part != part)) {
            if (nparts == 1 || fs::exists(v.parts[static_cast<size_t>(
                                   std::clamp<int>(part, 1, static_cast<int>(nparts)) - 1)]))
                v.c.add(Sev::damaged, path,
                        fmt::format("manifest.json 列出的文件不在压缩包中：{}", path));
            continue;
        }
        if (it->second.ok && str_field(f, "sha256") != it->second.sha256)
            v.c.add(Sev::damaged, path,
                    fmt::format("文件与 manifest.json 记录的 SHA-256 不符：{}", path));
    }
    for (const auto& [name, m] : v.members)
        if (name.rfind("data/", 0) == 0 && !listed.count(name))
            v.c.add(Sev::damaged, name, fmt::format("文件未列入 manifest.json：{}", name));
}

// One line for a leaf indicator of manifest.json that is not covered: status, id, path, points
// at risk and its first reason.
std::string incomplete_message(const nlohmann::json& ind, const std::string& id,
                               const std::string& status, double risk) {
    std::string path;
    if (ind.contains("path") && ind["path"].is_array())
        for (const auto& p : ind["path"])
            if (p.is_string()) path += (path.empty() ? "" : " / ") + p.get<std::string>();
    static const std::map<std::string, std::string> kLabel = {
        {"weak", "证据不足"}, {"missing", "缺失"}, {"late", "逾期"}, {"review", "待确认"}};
    auto lbl = kLabel.find(status);
    std::string reason;
    if (ind.contains("reasons") && ind["reasons"].is_array() && !ind["reasons"].empty() &&
        ind["reasons"][0].is_string())
        reason = "：" + ind["reasons"][0].get<std::string>();
    return fmt::format("{} {} {}（{:g} 分）{}", lbl == kLabel.end() ? status : lbl->second, id,
                       path, risk, reason);
}

// Completeness as manifest.json records it: every leaf indicator that is neither covered nor
// "check" is a problem; sums the points at risk and collects the ids it lists.
void check_completeness(Verification& v) {
    const nlohmann::json& manifest = v.manifest;
    // Both branches are lvalues, so nothing is copied: copying a json value recurses once per
    // nesting level (stack overflow on 100,000 nested arrays; found by fuzz_manifest_verify).
    static const nlohmann::json kNoIndicators = nlohmann::json::array();
    const nlohmann::json& inds =
        manifest.contains("indicators") && manifest["indicators"].is_array()
            ? manifest["indicators"]
            : kNoIndicators;
    v.r.points_total =
        manifest.contains("catalog") ? num_field(manifest["catalog"], "total_points") : 0.0;
    for (const auto& ind : inds) {
        if (!ind.is_object()) continue;
        const std::string id = str_field(ind, "id");
        v.manifest_ids.insert(id);
        if (!is_leaf(inds, id)) continue;
        const std::string status = str_field(ind, "status", "missing");
        if (status == "covered" || status == "check") continue;
        const double risk = ind.contains("points_at_risk") && ind["points_at_risk"].is_number()
                                ? ind["points_at_risk"].get<double>()
                                : num_field(ind, "points");
        v.r.points_at_risk += risk;
        v.c.add(Sev::incomplete, id, incomplete_message(ind, id, status, risk));
    }
}

// The package was made for `catalog` and lists every one of its indicators.
void check_catalog(Verification& v, const Catalog& catalog) {
    const nlohmann::json& manifest = v.manifest;
    const std::string mid =
        manifest.contains("catalog") ? str_field(manifest["catalog"], "id") : "";
    if (mid != catalog.id)
        v.c.add(Sev::warning, "manifest.json",
                fmt::format("压缩包按目录 {} 编制，与指定目录 {} 不同", mid, catalog.id));
    for (const auto& ind : catalog.indicators)
        if (!v.manifest_ids.count(ind.id))
            v.c.add(Sev::incomplete, ind.id,
                    fmt::format("目录中的指标 {} {} 不在 manifest.json 中", ind.id, ind.name));
}

// The worst severity decides: damaged, else incomplete, else ok.
int exit_code_of(const std::vector<VerifyProblem>& problems) {
    bool damaged = false, incomplete = false;
    for (const auto& p : problems) {
        damaged |= p.severity == Sev::damaged;
        incomplete |= p.severity == Sev::incomplete;
    }
    return damaged ? kDamaged : incomplete ? kIncomplete : kOk;
}

}  // namespace

VerifyReport verify_package(const fs::path& zip, const Catalog* catalog) {
    VerifyReport r;
    Verification v{r, Checker(r), part_paths(zip)};
    if (!read_parts(v)) {
        r.exit_code = kInput;  // not a zip at all
        return r;
    }
    for (size_t i = 0; i < v.parts.size(); ++i) check_bag(v, i);
    if (load_manifest(v)) {
        check_manifest_files(v);
        check_completeness(v);
        if (catalog) check_catalog(v, *catalog);
    } else if (!std::any_of(r.problems.begin(), r.problems.end(),
                            [](const auto& p) { return p.member == "manifest.json"; })) {
        v.c.add(Sev::incomplete, "",
                "未含 manifest.json：只检查了完整性和文件名，无法核对是否齐全");
    }
    r.exit_code = exit_code_of(r.problems);
    return r;
}

std::string VerifyReport::text(size_t max_lines) const {
    std::string out;
    if (exit_code == kInput) {
        for (const auto& p : problems) out += p.message + "\n";
        out += "结论：不是 zip 压缩包\n";
        return out;
    }
    out +=
        fmt::format("检查 {}{}：{} 个文件，{} 字节{}\n",
                    fs::path(parts.empty() ? "" : parts.front()).filename().string(),
                    parts.size() > 1 ? fmt::format(" 等 {} 个分卷", parts.size()) : std::string(),
                    members, bytes, has_manifest ? "" : "（无 manifest.json）");
    std::vector<const VerifyProblem*> sorted;
    for (const auto& p : problems) sorted.push_back(&p);
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto* a, const auto* b) {
        return static_cast<int>(a->severity) > static_cast<int>(b->severity);
    });
    size_t shown = 0;
    for (const auto* p : sorted) {
        if (shown == max_lines) break;
        const char* tag = p->severity == Sev::damaged      ? "损坏"
                          : p->severity == Sev::incomplete ? "不全"
                                                           : "提示";
        out += fmt::format("[{}] {}\n", tag, p->message);
        ++shown;
    }
    if (sorted.size() > shown)
        out += fmt::format("……另有 {} 条（用 --json 查看全部）\n", sorted.size() - shown);
    if (!has_manifest && exit_code != kDamaged) {
        out += "文件清单：\n";
        size_t n = 0;
        for (const auto& f : files) {
            if (n++ == 10) {
                out += fmt::format("  ……共 {} 个文件\n", files.size());
                break;
            }
            out += "  " + f + "\n";
        }
    }
    if (exit_code == kDamaged)
        out += "结论：压缩包已损坏或被篡改\n";
    else if (exit_code == kIncomplete && has_manifest)
        out += fmt::format("结论：压缩包完好，但材料不全（风险 {:g} 分）\n", points_at_risk);
    else if (exit_code == kIncomplete)
        out += "结论：压缩包完好，无法判断材料是否齐全\n";
    else
        out += "结论：压缩包完好，材料齐全\n";
    return out;
}

std::string VerifyReport::json() const {
    nlohmann::ordered_json j;
    static const char* kVerdict[] = {"valid", "incomplete", "", "not_zip", "damaged"};
    j["verdict"] = exit_code >= 0 && exit_code <= 4 ? kVerdict[exit_code] : "";
    j["exit_code"] = exit_code;
    j["parts"] = parts;
    j["manifest"] = has_manifest;
    j["bagit"] = is_bag;
    j["members"] = members;
    j["bytes"] = bytes;
    j["points_total"] = points_total;
    j["points_at_risk"] = points_at_risk;
    auto arr = nlohmann::ordered_json::array();
    for (const auto& p : problems) {
        static const char* kSev[] = {"warning", "incomplete", "damaged"};
        arr.push_back({{"severity", kSev[static_cast<int>(p.severity)]},
                       {"member", p.member},
                       {"message", p.message}});
    }
    j["problems"] = std::move(arr);
    j["files"] = files;
    return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace dossier
