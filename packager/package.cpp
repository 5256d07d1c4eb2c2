#include "packager/package.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <system_error>

#include <fmt/format.h>
#include <re2/re2.h>

#include "model/cleanup.hpp"
#include "model/encoding.hpp"
#include "model/text.hpp"
#include "packager/bagit.hpp"
#include "packager/font.hpp"
#include "packager/html_index.hpp"
#include "packager/layout.hpp"
#include "packager/manifest.hpp"
#include "packager/pdf_index.hpp"
#include "packager/view.hpp"
#include "packager/xlsx_index.hpp"
#include "packager/zip_writer.hpp"

namespace dossier {

namespace fs = std::filesystem;

namespace {

// Bytes a zip entry costs besides its data: local header, central header (both with the name),
// data descriptor.
uint64_t entry_overhead(const std::string& name) {
    return 30 + 46 + 16 + 2 * name.size();
}

struct Generated {
    std::string manifest, html, xlsx, pdf;
    bagit::TagFiles bag;
    std::string tagmanifest;
};

tl::expected<Generated, Error> generate(const PackageView& view,
                                        const std::vector<layout::Placement>& placements,
                                        const fs::path& ttf, const fs::path& tmpdir) {
    Generated g;
    g.manifest = manifest_json(view);
    g.html = index_html(view);
    auto xlsx = index_xlsx(view, tmpdir);
    if (!xlsx) return tl::unexpected(xlsx.error());
    g.xlsx = std::move(*xlsx);
    auto pdf = index_pdf(view, ttf);
    if (!pdf) return tl::unexpected(pdf.error());
    g.pdf = std::move(*pdf);
    std::vector<bagit::Payload> payload;
    for (const auto& p : placements) {
        const auto f = static_cast<size_t>(p.file);
        if (!view.in_this_part(f)) continue;
        const auto& rec = view.ledger->files[f];
        payload.push_back({p.path, rec.sha256, rec.size});
    }
    g.bag = bagit::make_tag_files(view, std::move(payload));
    g.tagmanifest = bagit::tag_manifest({{"bagit.txt", &g.bag.bagit_txt},
                                         {"bag-info.txt", &g.bag.bag_info_txt},
                                         {"manifest-sha256.txt", &g.bag.manifest_txt},
                                         {"manifest.json", &g.manifest},
                                         {"index.html", &g.html},
                                         {"目录.xlsx", &g.xlsx},
                                         {"目录.pdf", &g.pdf}});
    return g;
}

// Adds every folder above `path` ("data/", "data/01_x/", …) to `dirs`.
void add_parent_dirs(const std::string& path, std::set<std::string>& dirs) {
    for (auto slash = path.find('/'); slash != std::string::npos; slash = path.find('/', slash + 1))
        dirs.insert(path.substr(0, slash + 1));
}

uint64_t generated_size(const Generated& g) {
    return g.manifest.size() + g.html.size() + g.xlsx.size() + g.pdf.size() +
           g.bag.bagit_txt.size() + g.bag.bag_info_txt.size() + g.bag.manifest_txt.size() +
           g.tagmanifest.size();
}

std::vector<zipw::Entry> entries_for(const PackageView& view,
                                     const std::vector<layout::Placement>& placements,
                                     Generated g) {
    std::vector<zipw::Entry> entries;
    std::set<std::string> dirs;
    for (const auto& p : placements) {
        const auto f = static_cast<size_t>(p.file);
        if (!view.in_this_part(f)) continue;
        const auto& rec = view.ledger->files[f];
        zipw::Entry e;
        e.kind = zipw::Entry::Kind::file;
        e.name = p.path;
        e.file_path = rec.content_path;
        e.size = rec.size;
        e.sha256 = rec.sha256;
        e.store = zipw::already_compressed(rec.media_type, p.path);
        entries.push_back(std::move(e));
        add_parent_dirs(p.path, dirs);
    }
    for (const auto& d : dirs) entries.push_back({zipw::Entry::Kind::dir, d, {}, {}, true, 0, {}});
    auto add = [&](const char* name, std::string data, bool store) {
        zipw::Entry e{zipw::Entry::Kind::buffer, name, {}, std::move(data), store, 0, {}};
        e.size = e.data.size();
        entries.push_back(std::move(e));
    };
    add("manifest.json", std::move(g.manifest), false);
    add("index.html", std::move(g.html), false);
    add("目录.xlsx", std::move(g.xlsx), true);
    add("目录.pdf", std::move(g.pdf), true);
    add("bagit.txt", std::move(g.bag.bagit_txt), false);
    add("bag-info.txt", std::move(g.bag.bag_info_txt), false);
    add("manifest-sha256.txt", std::move(g.bag.manifest_txt), false);
    add("tagmanifest-sha256.txt", std::move(g.tagmanifest), false);
    std::sort(entries.begin(), entries.end(),
              [](const zipw::Entry& a, const zipw::Entry& b) { return a.name < b.name; });
    return entries;
}

// Removes a file on scope exit (or when a signal ends the process: model/cleanup) unless
// released with keep().
struct TempFile {
    fs::path path;
    TempFile() = default;
    explicit TempFile(fs::path p) { set(std::move(p)); }
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;
    ~TempFile() {
        if (!path.empty()) cleanup::remove(path);
    }
    void set(fs::path p) {
        path = std::move(p);
        if (!path.empty()) cleanup::track(path);
    }
    void keep() {  // renamed into place: no longer ours to remove
        cleanup::forget(path);
        path.clear();
    }
};

// A directory for libxlsxwriter's temporaries (its workbook file and its "tmp.XXXXXXXXXX" files,
// which a kill between their creation and unlinking would otherwise strand in OUT itself);
// removed with its contents on scope exit, or by remove_stale_temporaries after a kill.
constexpr std::string_view kScratchSuffix = ".indexes.part";
struct TempDir {
    fs::path path;
    TempDir() = default;
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    ~TempDir() {
        if (!path.empty()) cleanup::remove(path);
    }
    void set(fs::path p) {
        path = std::move(p);
        cleanup::track(path);
    }
};

// write_package's state: the request, the layout, the view of the part being written, the
// warnings so far and the temporaries every part shares (removed when the job ends).
struct Job {
    const PackageRequest& req;
    Ledger& ledger;
    bool gbk = false;  // names in GBK (--name-encoding gbk)
    layout::Plan plan{};
    PackageView view{};
    PackageResult result{};
    TempFile ttf{};     // the CJK font face for 目录.pdf
    TempDir scratch{};  // libxlsxwriter's temporaries
};

// The request is complete and its name, encoding and out_dir usable; returns whether names are
// to be written in GBK.
tl::expected<bool, Error> check_request(const PackageRequest& req) {
    if (!req.catalog || !req.assessment)
        return tl::unexpected(Error{"打包请求缺少考核目录或评估结果"});
    if (req.name.empty() || req.name.find('/') != std::string::npos)
        return tl::unexpected(Error{fmt::format("压缩包名称无效：{}", req.name)});
    const std::string enc = text::ascii_lower(req.name_encoding);
    if (enc != "utf-8" && enc != "utf8" && enc != "gbk")
        return tl::unexpected(
            Error{fmt::format("不支持的文件名编码：{}（可用 utf-8 或 gbk）", req.name_encoding)});
    std::error_code ec;
    if (!fs::is_directory(req.out_dir, ec))
        return tl::unexpected(Error{fmt::format("输出目录不存在：{}", req.out_dir.string())});
    return enc == "gbk";
}

// Plans the layout and sets every file's archive_path (nullopt for the rest); lists in
// result.changed the files to package that are no longer there with their recorded size.
tl::expected<void, Error> place_files(Job& job) {
    job.plan = layout::plan_layout(*job.req.catalog, job.ledger, job.req.include_review, job.gbk);
    job.result.warnings = job.plan.warnings;
    for (auto& f : job.ledger.files) f.archive_path.reset();
    std::error_code ec;
    for (const auto& p : job.plan.placements) {
        auto& rec = job.ledger.files[static_cast<size_t>(p.file)];
        auto st = fs::status(rec.content_path, ec);
        if (ec || !fs::is_regular_file(st) || fs::file_size(rec.content_path, ec) != rec.size)
            job.result.changed.push_back(static_cast<size_t>(p.file));
        rec.archive_path = p.path;
    }
    return {};
}

// The view of an unsplit package: every placed file in part 1.
PackageView make_view(const PackageRequest& req, const Ledger& ledger) {
    PackageView view;
    view.catalog = req.catalog;
    view.assessment = req.assessment;
    view.ledger = &ledger;
    view.name = req.name;
    view.timestamp = req.timestamp;
    view.source_organization = req.source_organization;
    for (const auto& v : req.assessment->verdicts) view.verdicts.emplace(v.id, &v);
    view.path.resize(ledger.files.size());
    view.part_of.assign(ledger.files.size(), 0);
    for (size_t i = 0; i < ledger.files.size(); ++i) {
        view.path[i] = ledger.files[i].archive_path;
        if (view.path[i]) view.part_of[i] = 1;
    }
    return view;
}

// Creates the scratch directory and extracts the font face, both in out_dir.
tl::expected<void, Error> prepare_temporaries(Job& job) {
    const PackageRequest& req = job.req;
    job.ttf.set(req.out_dir / fmt::format(".{}.ttf.part", req.name));
    job.scratch.set(req.out_dir / fmt::format(".{}{}", req.name, kScratchSuffix));
    std::error_code ec;
    fs::create_directories(job.scratch.path, ec);
    if (ec)
        return tl::unexpected(Error{fmt::format("无法在输出目录创建临时目录：{}（{}）",
                                                job.scratch.path.string(), ec.message())});
    if (auto r = font::extract_face(font::kDefaultCollection, 0, job.ttf.path); !r)
        return tl::unexpected(r.error());
    return {};
}

// Bytes each part keeps for its own indexes, tag files and folder entries: the unsplit indexes
// are an upper bound (a part's differ only in which files it holds), plus a margin.
tl::expected<uint64_t, Error> part_reserve(const Job& job) {
    auto full = generate(job.view, job.plan.placements, job.ttf.path, job.scratch.path);
    if (!full) return tl::unexpected(full.error());
    uint64_t reserve = generated_size(*full) + generated_size(*full) / 20 + 16384 + 22;
    std::set<std::string> dirs;
    for (const auto& p : job.plan.placements) add_parent_dirs(p.path, dirs);
    for (const auto& d : dirs) reserve += entry_overhead(d);
    for (const char* n : {"manifest.json", "index.html", "目录.xlsx", "目录.pdf", "bagit.txt",
                          "bag-info.txt", "manifest-sha256.txt", "tagmanifest-sha256.txt"})
        reserve += entry_overhead(n);
    return reserve;
}

// Split: greedy in archive-path order, each part filled up to the budget left after its reserve;
// a file too big for any part gets a part of its own (with a warning).
tl::expected<void, Error> split_into_parts(Job& job) {
    const uint64_t limit = job.req.split_bytes;
    auto reserve = part_reserve(job);
    if (!reserve) return tl::unexpected(reserve.error());
    if (*reserve >= limit)
        return tl::unexpected(Error{fmt::format(
            "分卷大小 {} 字节太小：每卷的目录和校验文件约需 {} 字节", limit, *reserve)});
    const uint64_t budget = limit - *reserve;
    int part = 1;
    uint64_t used = 0;
    bool open = false;
    for (const auto& p : job.plan.placements) {
        const auto f = static_cast<size_t>(p.file);
        const uint64_t cost = job.ledger.files[f].size + entry_overhead(p.path);
        if (cost > budget) {
            if (open) ++part;
            job.view.part_of[f] = part++;
            open = false;
            used = 0;
            job.result.warnings.push_back(
                fmt::format("文件 {}（{} 字节）超过分卷上限 {} 字节，已单独成卷", p.path,
                            job.ledger.files[f].size, limit));
            continue;
        }
        if (open && used + cost > budget) {
            ++part;
            used = 0;
        }
        job.view.part_of[f] = part;
        used += cost;
        open = true;
    }
    job.view.parts = open ? part : std::max(1, part - 1);
    return {};
}

// Writes part `p` as ".<stem>.part", renames it into place and returns its final path; warns
// when a part of more than one file still exceeds the split size.
tl::expected<fs::path, Error> write_part(Job& job, int p) {
    const PackageRequest& req = job.req;
    job.view.part = p;
    auto g = generate(job.view, job.plan.placements, job.ttf.path, job.scratch.path);
    if (!g) return tl::unexpected(g.error());
    const auto entries = entries_for(job.view, job.plan.placements, std::move(*g));
    const std::string final_name = job.view.part_file_name(p);
    std::string temp_name(1, '.');
    temp_name.append(final_name, 0, final_name.size() - 4);
    temp_name.append(".part");
    TempFile tmp(req.out_dir / temp_name);
    auto changed = zipw::write_zip(tmp.path, entries, req.timestamp, job.gbk);
    if (!changed) return tl::unexpected(changed.error());
    if (!changed->empty()) {  // not handed over: the caller re-reads these files
        std::map<std::string_view, size_t> file_of;  // archive path → ledger index
        for (const auto& pl : job.plan.placements) file_of[pl.path] = static_cast<size_t>(pl.file);
        for (size_t i : *changed) job.result.changed.push_back(file_of.at(entries[i].name));
        return fs::path();
    }
    const fs::path dest = req.out_dir / final_name;
    std::error_code ec;
    fs::rename(tmp.path, dest, ec);
    if (ec)
        return tl::unexpected(
            Error{fmt::format("无法把压缩包移到 {}：{}", dest.string(), ec.message())});
    tmp.keep();
    const uint64_t size = fs::file_size(dest, ec);
    if (req.split_bytes > 0 && size > req.split_bytes) {
        size_t files = 0;
        for (size_t f = 0; f < job.ledger.files.size(); ++f) files += job.view.in_this_part(f);
        if (files > 1)
            job.result.warnings.push_back(fmt::format("分卷 {} 为 {} 字节，超过上限 {} 字节",
                                                      final_name, size, req.split_bytes));
    }
    return dest;
}

// Older parts of this package that the new set does not include would confuse a receiver.
void remove_superseded_parts(const PackageRequest& req, const std::vector<fs::path>& written) {
    std::set<std::string> keep;
    for (const auto& w : written) keep.insert(w.filename().string());
    const RE2 old_part("\\Q" + req.name + "\\E(\\.part[0-9]+of[0-9]+)?\\.zip");
    std::error_code ec;
    for (fs::directory_iterator it(req.out_dir, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string n = it->path().filename().string();
        if (!keep.count(n) && RE2::FullMatch(n, old_part)) fs::remove(it->path(), ec);
    }
}

}  // namespace

void remove_stale_temporaries(const fs::path& out_dir) {
    std::error_code ec;
    for (fs::directory_iterator it(out_dir, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.size() < 6 || name[0] != '.') continue;
        const bool part = name.ends_with(".part") || name.find(".part.") != std::string::npos;
        std::error_code rm;
        if (part && it->is_regular_file(rm))
            fs::remove(it->path(), rm);
        else if (name.ends_with(kScratchSuffix) && it->is_directory(rm) && !it->is_symlink(rm))
            fs::remove_all(it->path(), rm);
    }
}

uint64_t parse_size(std::string_view text) {
    double value = 0;
    std::string unit;
    if (!RE2::FullMatch(re2::StringPiece(text.data(), text.size()),
                        R"(\s*([0-9]+(?:\.[0-9]+)?)\s*([A-Za-z]*)\s*)", &value, &unit))
        return 0;
    for (auto& c : unit) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    double mult = 0;
    if (unit.empty() || unit == "B")
        mult = 1;
    else if (unit == "K" || unit == "KB")
        mult = 1e3;
    else if (unit == "M" || unit == "MB")
        mult = 1e6;
    else if (unit == "G" || unit == "GB")
        mult = 1e9;
    else if (unit == "KIB")
        mult = 1024.0;
    else if (unit == "MIB")
        mult = 1024.0 * 1024;
    else if (unit == "GIB")
        mult = 1024.0 * 1024 * 1024;
    const double bytes = std::floor(value * mult);
    if (mult == 0 || bytes < 1 || bytes > 1e18) return 0;
    return static_cast<uint64_t>(bytes);
}

tl::expected<PackageResult, Error> write_package(const PackageRequest& req, Ledger& ledger) {
    auto gbk = check_request(req);
    if (!gbk) return tl::unexpected(gbk.error());
    Job job{req, ledger, *gbk};
    if (auto r = place_files(job); !r) return tl::unexpected(r.error());
    if (!job.result.changed.empty()) return std::move(job.result);
    job.view = make_view(req, ledger);
    if (auto r = prepare_temporaries(job); !r) return tl::unexpected(r.error());
    if (req.split_bytes > 0)
        if (auto r = split_into_parts(job); !r) return tl::unexpected(r.error());
    std::vector<fs::path> written;
    for (int p = 1; p <= job.view.parts; ++p) {
        auto dest = write_part(job, p);
        if (!dest) return tl::unexpected(dest.error());
        if (!job.result.changed.empty()) break;
        written.push_back(std::move(*dest));
    }
    if (!job.result.changed.empty()) {
        // Parts already renamed into place belong to a set that will not be completed: take them
        // back (the caller writes the whole set again once the changed files are dealt with).
        std::error_code ec;
        for (const auto& w : written) fs::remove(w, ec);
        return std::move(job.result);
    }
    remove_superseded_parts(req, written);
    job.result.parts = std::move(written);
    return std::move(job.result);
}

}  // namespace dossier
