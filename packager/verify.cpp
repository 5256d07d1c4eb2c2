#include "packager/verify.hpp"

#include <algorithm>
#include <fstream>
#include <map>
#include <memory>
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

    // Reads one part; returns false when the file is not a zip at all.
    bool read_part(const fs::path& path, int part, std::map<std::string, Member>& members) {
        const std::string label = path.filename().string();
        int err = 0;
        std::unique_ptr<zip_t, ZipDiscard> za(
            zip_open(path.c_str(), ZIP_RDONLY | ZIP_CHECKCONS, &err));
        if (!za) {
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
            if (!za) {
                add(Sev::damaged, label, fmt::format("{} 已损坏，无法读取", label));
                return true;
            }
        }
        const zip_int64_t n = zip_get_num_entries(za.get(), 0);
        std::vector<char> buf(1 << 20);
        // An archive written with GBK names (ours with --name-encoding gbk, or Chinese Windows
        // tools) also has names whose GBK bytes happen to be valid UTF-8 (目录 = C4BF C2BC):
        // decide per archive, not per name.
        bool gbk_archive = false;
        for (zip_int64_t i = 0; i < n && !gbk_archive; ++i) {
            const char* raw_c =
                zip_get_name(za.get(), static_cast<zip_uint64_t>(i), ZIP_FL_ENC_RAW);
            if (!raw_c || encoding::is_valid_utf8(raw_c)) continue;
            bool decoded = false;
            encoding::name_to_utf8(raw_c, &decoded);
            gbk_archive = decoded;
        }
        for (zip_int64_t i = 0; i < n; ++i) {
            const auto idx = static_cast<zip_uint64_t>(i);
            const char* raw_c = zip_get_name(za.get(), idx, ZIP_FL_ENC_RAW);
            const char* strict_c = zip_get_name(za.get(), idx, ZIP_FL_ENC_STRICT);
            if (!raw_c) continue;
            const std::string raw = raw_c, strict = strict_c ? strict_c : raw;
            const bool unicode_extra =
                zip_file_extra_fields_count_by_id(za.get(), idx, 0x7075, ZIP_FL_CENTRAL) > 0;
            std::string name;
            const bool ascii =
                std::all_of(raw.begin(), raw.end(), [](char c) { return (c & 0x80) == 0; });
            if (ascii || (strict == raw && encoding::is_valid_utf8(raw))) {
                name = raw;
            } else if (unicode_extra && encoding::is_valid_utf8(strict)) {
                name = strict;
            } else if (encoding::is_valid_utf8(raw) && !gbk_archive) {
                name = raw;
                add(Sev::warning, name,
                    fmt::format("文件名为 UTF-8 但未设 UTF-8 标志，Windows 上可能显示乱码：{}",
                                name));
            } else {
                bool decoded = false;
                if (encoding::is_valid_utf8(raw)) {
                    auto g = encoding::to_utf8(raw, "GB18030");
                    decoded = g.has_value();
                    name = g.value_or(raw);
                } else {
                    name = encoding::name_to_utf8(raw, &decoded);
                }
                // One line for the whole archive, not one per name: the screen is for real
                // problems.
                if (!decoded)
                    add(Sev::warning, name, fmt::format("文件名编码无法识别：{}", name));
                else if (gbk_names_++ == 0)
                    add(Sev::warning, name,
                        fmt::format("文件名为 GBK 编码（未设 UTF-8 标志），只有中文 Windows "
                                    "能正确显示，例如：{}",
                                    name));
            }
            check_name(name);
            if (!name.empty() && name.back() == '/') continue;

            Member m;
            m.name = name;
            m.part = part;
            zip_stat_t st;
            zip_stat_init(&st);
            if (zip_stat_index(za.get(), idx, 0, &st) == 0 && (st.valid & ZIP_STAT_SIZE))
                m.size = st.size;
            const bool keep = is_tag_or_index(name) && name != "目录.pdf" && name != "目录.xlsx" &&
                              name != "index.html";
            std::unique_ptr<zip_file_t, ZipFileClose> zf(zip_fopen_index(za.get(), idx, 0));
            Sha256 md;
            uint64_t got = 0;
            if (!zf) {
                m.ok = false;
            } else {
                for (;;) {
                    const zip_int64_t k = zip_fread(zf.get(), buf.data(), buf.size());
                    if (k < 0) {
                        m.ok = false;
                        break;
                    }
                    if (k == 0) break;
                    md.update(buf.data(), static_cast<size_t>(k));
                    if (keep) m.content.append(buf.data(), static_cast<size_t>(k));
                    got += static_cast<uint64_t>(k);
                }
            }
            if (m.ok && got != m.size) m.ok = false;
            m.sha256 = md.hex_final();
            if (!m.ok)
                add(Sev::damaged, name,
                    fmt::format("成员已损坏（CRC 校验失败或数据无法解压）：{}", name));
            ++r_.members;
            r_.bytes += m.size;
            r_.files.push_back(name);
            if (members.count(name))
                add(Sev::warning, name, fmt::format("压缩包中有重名成员：{}", name));
            members[name] = std::move(m);
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

}  // namespace

VerifyReport verify_package(const fs::path& zip, const Catalog* catalog) {
    VerifyReport r;
    Checker c(r);

    // The set of parts.
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
    std::map<std::string, Member> members;  // all parts
    std::vector<std::map<std::string, Member>> per_part(parts.size());
    bool any_zip = false;
    for (size_t i = 0; i < parts.size(); ++i) {
        r.parts.push_back(parts[i].string());
        if (parts.size() > 1 && !fs::exists(parts[i])) {
            c.add(Sev::damaged, parts[i].filename().string(),
                  fmt::format("缺少分卷：{}", parts[i].filename().string()));
            continue;
        }
        if (c.read_part(parts[i], static_cast<int>(i + 1), per_part[i])) any_zip = true;
        for (auto& [name, m] : per_part[i]) members.emplace(name, m);
    }
    if (!any_zip) {
        r.exit_code = kInput;  // not a zip at all
        return r;
    }

    // BagIt, per part.
    for (size_t i = 0; i < parts.size(); ++i) {
        auto& pm = per_part[i];
        if (pm.empty()) continue;
        const std::string label =
            parts.size() > 1 ? parts[i].filename().string() + "：" : std::string();
        if (!pm.count("bagit.txt")) continue;
        r.is_bag = true;
        std::set<std::string> listed;
        uint64_t oxum_bytes = 0;
        size_t oxum_count = 0;
        auto mf = pm.find("manifest-sha256.txt");
        if (mf == pm.end()) {
            c.add(Sev::damaged, "manifest-sha256.txt",
                  label + "缺少 manifest-sha256.txt（BagIt 校验清单）");
        } else {
            for (const auto& [hex, path] : parse_manifest_lines(mf->second.content)) {
                listed.insert(path);
                auto it = pm.find(path);
                if (it == pm.end()) {
                    c.add(Sev::damaged, path,
                          fmt::format("{}清单中的文件不在压缩包中（被删除？）：{}", label, path));
                    continue;
                }
                oxum_bytes += it->second.size;
                ++oxum_count;
                if (it->second.ok && it->second.sha256 != hex)
                    c.add(
                        Sev::damaged, path,
                        fmt::format("{}文件内容与 SHA-256 校验值不符（被修改）：{}", label, path));
            }
            for (const auto& [name, m] : pm)
                if (name.rfind("data/", 0) == 0 && !listed.count(name))
                    c.add(Sev::damaged, name,
                          fmt::format("{}压缩包中多出未列入校验清单的文件：{}", label, name));
        }
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
        auto bi = pm.find("bag-info.txt");
        if (bi != pm.end()) {
            std::string oxum;
            static const RE2 kOxum(R"((?m)^Payload-Oxum:\s*([0-9]+\.[0-9]+)\s*$)");
            if (RE2::PartialMatch(bi->second.content, kOxum, &oxum) &&
                oxum != fmt::format("{}.{}", oxum_bytes, oxum_count))
                c.add(Sev::damaged, "bag-info.txt",
                      fmt::format("{}Payload-Oxum 不符：记录 {}，实际 {}.{}", label, oxum,
                                  oxum_bytes, oxum_count));
        }
    }

    // manifest.json: agrees with the archive; completeness.
    nlohmann::json manifest;
    for (size_t i = 0; i < parts.size() && !r.has_manifest; ++i) {
        auto it = per_part[i].find("manifest.json");
        if (it == per_part[i].end()) continue;
        manifest = nlohmann::json::parse(it->second.content, nullptr, false);
        if (manifest.is_discarded() || !manifest.is_object() || !manifest.contains("files") ||
            !manifest["files"].is_array()) {
            c.add(Sev::damaged, "manifest.json", "manifest.json 无法解析或格式不对");
            manifest = nlohmann::json();
            break;
        }
        r.has_manifest = true;
    }
    if (r.has_manifest) {
        if (str_field(manifest, "schema") != "dossier.manifest/1")
            c.add(Sev::warning, "manifest.json",
                  fmt::format("manifest.json 的 schema 不是 dossier.manifest/1：{}",
                              str_field(manifest, "schema")));
        std::set<std::string> listed;
        for (const auto& f : manifest["files"]) {
            if (!f.is_object() || !f.contains("path") || !f["path"].is_string()) continue;
            const std::string path = f["path"];
            listed.insert(path);
            const int part =
                f.contains("part") && f["part"].is_number_integer() ? f["part"].get<int>() : 1;
            auto it = members.find(path);
            if (it == members.end() || (parts.size() > 1 && it->second.part != part)) {
                if (parts.size() == 1 ||
                    fs::exists(parts[static_cast<size_t>(
                        std::clamp<int>(part, 1, static_cast<int>(parts.size())) - 1)]))
                    c.add(Sev::damaged, path,
                          fmt::format("manifest.json 列出的文件不在压缩包中：{}", path));
                continue;
            }
            if (it->second.ok && str_field(f, "sha256") != it->second.sha256)
                c.add(Sev::damaged, path,
                      fmt::format("文件与 manifest.json 记录的 SHA-256 不符：{}", path));
        }
        for (const auto& [name, m] : members)
            if (name.rfind("data/", 0) == 0 && !listed.count(name))
                c.add(Sev::damaged, name, fmt::format("文件未列入 manifest.json：{}", name));

        // Both branches are lvalues, so nothing is copied: copying a json value recurses once per
        // nesting level (stack overflow on 100,000 nested arrays; found by fuzz_manifest_verify).
        static const nlohmann::json kNoIndicators = nlohmann::json::array();
        const nlohmann::json& inds =
            manifest.contains("indicators") && manifest["indicators"].is_array()
                ? manifest["indicators"]
                : kNoIndicators;
        r.points_total =
            manifest.contains("catalog") ? num_field(manifest["catalog"], "total_points") : 0.0;
        std::set<std::string> ids;
        for (const auto& ind : inds) {
            if (!ind.is_object()) continue;
            const std::string id = str_field(ind, "id");
            ids.insert(id);
            if (!is_leaf(inds, id)) continue;
            const std::string status = str_field(ind, "status", "missing");
            if (status == "covered" || status == "check") continue;
            const double risk = ind.contains("points_at_risk") && ind["points_at_risk"].is_number()
                                    ? ind["points_at_risk"].get<double>()
                                    : num_field(ind, "points");
            r.points_at_risk += risk;
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
            c.add(Sev::incomplete, id,
                  fmt::format("{} {} {}（{:g} 分）{}", lbl == kLabel.end() ? status : lbl->second,
                              id, path, risk, reason));
        }
        if (catalog) {
            const std::string mid =
                manifest.contains("catalog") ? str_field(manifest["catalog"], "id") : "";
            if (mid != catalog->id)
                c.add(Sev::warning, "manifest.json",
                      fmt::format("压缩包按目录 {} 编制，与指定目录 {} 不同", mid, catalog->id));
            for (const auto& ind : catalog->indicators)
                if (!ids.count(ind.id))
                    c.add(
                        Sev::incomplete, ind.id,
                        fmt::format("目录中的指标 {} {} 不在 manifest.json 中", ind.id, ind.name));
        }
    } else if (!std::any_of(r.problems.begin(), r.problems.end(),
                            [](const auto& p) { return p.member == "manifest.json"; })) {
        c.add(Sev::incomplete, "", "未含 manifest.json：只检查了完整性和文件名，无法核对是否齐全");
    }

    bool damaged = false, incomplete = false;
    for (const auto& p : r.problems) {
        damaged |= p.severity == Sev::damaged;
        incomplete |= p.severity == Sev::incomplete;
    }
    r.exit_code = damaged ? kDamaged : incomplete ? kIncomplete : kOk;
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
