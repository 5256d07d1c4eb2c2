#include "pipeline/scan.hpp"

#include <sys/stat.h>
#include <dirent.h>
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <map>
#include <set>
#include <unordered_map>

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <re2/re2.h>

#include "extractors/magic.hpp"
#include "model/sha256.hpp"
#include "model/encoding.hpp"
#include "model/units.hpp"
#include "model/error.hpp"
#include "model/file_type.hpp"
#include "model/text.hpp"
#include "pipeline/worker_pool.hpp"

namespace dossier {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

constexpr const char* kJunk = kJunkReason;
constexpr const char* kUnsettled = "文件仍在写入，本次未处理";
constexpr const char* kVanished = "文件在处理过程中被删除或移动";
constexpr const char* kArchiveStage = "archive";
// 2: an archive with nothing in it is listed as empty; compressed zeros are one member.
constexpr int kArchiveStageVersion = 2;
constexpr const char* kEmptyArchive = "压缩包为空（没有可读取的文件）";

// What the name's extension promises, for "不是PDF 文件（实际是：…）"; empty when it promises
// nothing the file-type table words for the scan (a dot-file such as ".pdf" promises nothing).
std::string_view claimed_type(std::string_view name) {
    const file_type::Claim claim = file_type::by_extension(text::extension(name));
    return claim.type ? claim.extension->claim : std::string_view();
}

// A content-based refusal, or empty when the content is acceptable.
std::string content_refusal(std::string_view type, std::string_view name, uint64_t size) {
    if (std::string too_big = file_type::size_refusal(type, size); !too_big.empty()) return too_big;
    if (type == "empty") return "空文件（0 字节），请重新提交";
    if (type == "pe" || type == "elf") {
        std::string_view claimed = claimed_type(name);
        if (!claimed.empty())
            return fmt::format("不是{}（实际是：{}），已拒绝", claimed, magic::describe(type));
        return fmt::format("可执行程序，不能作为证据材料（{}），已拒绝", magic::describe(type));
    }
    return {};
}

int64_t ns_of(const struct timespec& t) {
    return static_cast<int64_t>(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
}

// One inbox file as the walk saw it.
struct Candidate {
    std::string source;  // inbox-relative, raw bytes
    fs::path path;       // absolute
    std::string unit_folder;
    uint64_t size = 0;
    int64_t mtime_ns = 0, ctime_ns = 0;
    uint64_t inode = 0;
    // Filled later.
    std::string sha256, type, head;
    bool cached = false;
    std::string rejected;  // reason, when refused
    bool waiting = false;
};

struct Walk {
    std::vector<Candidate> files;
    std::vector<Rejected> rejected;
    int junk = 0;
};

void add_junk(Walk& w, std::string source) {
    w.rejected.push_back({std::move(source), kJunk});
    ++w.junk;
}

Candidate candidate_of(std::string source, const fs::path& path, const std::string& unit_folder,
                       const struct stat& st) {
    Candidate c;
    c.source = std::move(source);
    c.path = path;
    c.unit_folder = unit_folder;
    c.size = static_cast<uint64_t>(st.st_size);
    c.mtime_ns = ns_of(st.st_mtim);
    c.ctime_ns = ns_of(st.st_ctim);
    c.inode = static_cast<uint64_t>(st.st_ino);
    return c;
}

// A junk folder is listed, not walked: every file in it (or the folder itself when empty or
// unreadable) is one junk entry.
void list_junk_tree(const fs::path& dir, const std::string& rel, Walk& w) {
    DIR* d = ::opendir(dir.c_str());
    if (!d) {
        add_junk(w, rel + "/");
        return;
    }
    std::unique_ptr<DIR, int (*)(DIR*)> guard(d, ::closedir);
    bool any = false;
    while (dirent* e = ::readdir(d)) {
        std::string name = e->d_name;
        if (name == "." || name == "..") continue;
        any = true;
        struct stat st {};
        fs::path p = dir / name;
        if (::lstat(p.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
            list_junk_tree(p, rel + "/" + name, w);
        } else {
            add_junk(w, rel + "/" + name);
        }
    }
    if (!any) add_junk(w, rel + "/");
}

// Lists `dir` (inbox-relative `rel`; "" for the inbox) into w, recursively; `unit_folder` is the
// first-level folder the files belong to.
void walk_dir(const fs::path& dir, const std::string& rel, const std::string& unit_folder,
              Walk& w) {
    DIR* d = ::opendir(dir.c_str());
    if (!d) {
        w.rejected.push_back(
            {rel + "/", errno == ENOENT ? kVanished : "文件夹无法读取（权限不足）"});
        return;
    }
    std::unique_ptr<DIR, int (*)(DIR*)> guard(d, ::closedir);
    while (dirent* e = ::readdir(d)) {
        std::string name = e->d_name;
        if (name == "." || name == "..") continue;
        // intake's own temporary, mid-move into the inbox (intake/inbox_writer): not a file yet.
        if (name.starts_with(".dossier-intake-")) continue;
        fs::path p = dir / name;
        std::string src = rel.empty() ? name : rel + "/" + name;
        struct stat st {};
        if (::lstat(p.c_str(), &st) != 0) {
            w.rejected.push_back({src, kVanished});
            continue;
        }
        if (S_ISDIR(st.st_mode)) {
            if (is_junk_dir_name(name)) {
                list_junk_tree(p, src, w);
                continue;
            }
            walk_dir(p, src, rel.empty() ? name : unit_folder, w);
            continue;
        }
        if (is_junk_file_name(name)) {
            add_junk(w, src);
            continue;
        }
        if (S_ISLNK(st.st_mode)) {
            w.rejected.push_back({src, "符号链接，未处理（请放入文件本身）"});
            continue;
        }
        if (!S_ISREG(st.st_mode)) {
            w.rejected.push_back({src, "不是普通文件，已忽略"});
            continue;
        }
        w.files.push_back(candidate_of(src, p, unit_folder, st));
    }
}

// The file is unsettled: wait for it (watch) or refuse it this run.
void mark_unsettled(Candidate& c, bool defer) {
    if (defer)
        c.waiting = true;
    else
        c.rejected = kUnsettled;
}

// One settling wait for the files younger than `settle` (design.md §4).
double settle(std::vector<Candidate>& files, double settle_seconds, bool defer, Clock& clock) {
    if (settle_seconds <= 0) return 0;
    const int64_t settle_ns = static_cast<int64_t>(settle_seconds * 1e9);
    const int64_t now = clock.now_ns();
    int64_t wait_until = 0;
    std::vector<Candidate*> young;
    for (auto& f : files) {
        // Youth is judged by mtime (what copying tools preserve); ctime only detects changes
        // during the wait (a chmod or touch after the first look also means "not settled").
        int64_t changed = f.mtime_ns;
        if (now - changed < settle_ns) {
            young.push_back(&f);
            // A clock-skewed future mtime waits at most the settle time.
            wait_until = std::max(wait_until, std::min(changed, now) + settle_ns);
        }
    }
    if (young.empty()) return 0;
    double waited = static_cast<double>(wait_until - now) / 1e9;
    clock.sleep_for(std::chrono::nanoseconds(wait_until - now));
    for (Candidate* f : young) {
        struct stat st {};
        if (::lstat(f->path.c_str(), &st) != 0) {
            f->rejected = kVanished;
        } else if (static_cast<uint64_t>(st.st_size) != f->size ||
                   ns_of(st.st_mtim) != f->mtime_ns || ns_of(st.st_ctim) != f->ctime_ns) {
            mark_unsettled(*f, defer);
        }
    }
    return waited;
}

// Flattened expansion of one archive (nested archives included), as cached in the store.
struct ExpMember {
    std::string path;  // inside the top archive, "!/" between nested levels
    std::string sha256, type;
    uint64_t size = 0;
    bool decoded = false;
};
struct Expansion {
    std::vector<ExpMember> members;
    std::vector<Rejected> refused;  // inner paths; nested incomplete archives included
    std::vector<std::string> junk;  // inner paths
    std::string incomplete;  // why the top archive itself is listed in rejected[]: a summary of
                             // what could not be read, or kEmptyArchive; empty otherwise
    int archives_read = 0;   // not cached
};

json to_json(const Expansion& x) {
    json j;
    j["incomplete"] = x.incomplete;
    j["members"] = json::array();
    for (const auto& m : x.members)
        j["members"].push_back({{"path", json::binary({m.path.begin(), m.path.end()})},
                                {"sha256", m.sha256},
                                {"type", m.type},
                                {"size", m.size},
                                {"decoded", m.decoded}});
    j["refused"] = json::array();
    for (const auto& r : x.refused)
        j["refused"].push_back(
            {{"path", json::binary({r.source.begin(), r.source.end()})}, {"reason", r.reason}});
    j["junk"] = json::array();
    for (const auto& p : x.junk) j["junk"].push_back(json::binary({p.begin(), p.end()}));
    return j;
}

std::string bin_str(const json& j) {
    const auto& b = j.get_binary();
    return std::string(b.begin(), b.end());
}

std::optional<Expansion> expansion_from(const std::string& data, const Store& store) {
    try {
        json j = json::from_cbor(data);
        Expansion x;
        x.incomplete = j.at("incomplete").get<std::string>();
        for (const auto& m : j.at("members")) {
            ExpMember e{bin_str(m.at("path")), m.at("sha256").get<std::string>(),
                        m.at("type").get<std::string>(), m.at("size").get<uint64_t>(),
                        m.at("decoded").get<bool>()};
            // The blob must still be there (someone may have cleaned the workspace).
            std::error_code ec;
            if (!fs::exists(store.blob_path(e.sha256), ec)) return std::nullopt;
            x.members.push_back(std::move(e));
        }
        for (const auto& r : j.at("refused"))
            x.refused.push_back({bin_str(r.at("path")), r.at("reason").get<std::string>()});
        for (const auto& p : j.at("junk")) x.junk.push_back(bin_str(p));
        return x;
    } catch (const std::exception&) {
        return std::nullopt;  // an unreadable cache entry is recomputed
    }
}

// Nothing listed and nothing wrong: no member, refusal or junk (folders alone, or no entry).
bool holds_nothing(const ArchiveListing& l) {
    return l.members.empty() && l.refused.empty() && l.skipped.empty() && l.incomplete.empty();
}

// Reads `file` (an archive at nesting level `depth`, 1 = in the inbox) and its nested archives.
// `prefix` is prepended to inner paths ("" at the top, "b.zip!/" below). `summary` gets what
// could not be read, or kEmptyArchive when the archive holds nothing (so that it is listed).
void expand(const fs::path& file, const std::string& name_hint, const std::string& prefix,
            int depth, const fs::path& blob_root, const ArchiveLimits& limits, Expansion& out,
            std::string* summary) {
    ArchiveReadOptions opt;
    opt.limits = limits;
    opt.name_hint = std::string(text::base_name(name_hint));
    opt.skip = [](std::string_view n) { return is_junk_path(n); };
    ++out.archives_read;
    auto listing = read_archive(file, blob_root, opt);
    if (!listing) {
        *summary = "压缩包无法读取：" + listing.error().reason;
        return;
    }
    if (holds_nothing(*listing)) {
        *summary = kEmptyArchive;
        return;
    }
    for (const auto& r : listing->refused) out.refused.push_back({prefix + r.name, r.reason});
    for (const auto& s : listing->skipped) out.junk.push_back(prefix + s);
    *summary = listing->incomplete;
    for (const auto& m : listing->members) {
        std::string type = magic::sniff(m.head);
        std::string path = prefix + m.name;
        if (magic::is_archive(type)) {
            if (depth >= limits.max_depth) {
                out.refused.push_back(
                    {path, fmt::format("压缩包嵌套超过 {} 层，未展开", limits.max_depth)});
                if (summary->empty())
                    *summary = fmt::format("压缩包未能完整读取：嵌套超过 {} 层的压缩包未展开",
                                           limits.max_depth);
                continue;
            }
            std::string inner_summary;
            expand(m.blob, m.name, path + "!/", depth + 1, blob_root, limits, out, &inner_summary);
            if (!inner_summary.empty()) {
                out.refused.push_back({path, inner_summary});
                // An empty archive inside was read completely, like the one holding it.
                if (summary->empty() && inner_summary != kEmptyArchive)
                    *summary = "压缩包未能完整读取：其中的压缩包「" + m.name + "」" + inner_summary;
            }
            continue;
        }
        out.members.push_back({path, m.sha256, type, m.size, m.name_decoded});
    }
}

const RE2& generic_re() {
    static const RE2 re(
        R"((?i)^(img|dsc[nf]?|pxl|mvimg|vid|dcim)[_-]?\d|^微信图片|^mmexport|^wx_camera|^(screenshot|screen shot|屏幕截图|截屏|截图|snipaste|qq截图)|副本|复制|\(\d+\)|（\d+）|copy)");
    return re;
}

size_t code_points(std::string_view s) {
    size_t n = 0;
    for (unsigned char c : s)
        if ((c & 0xC0) != 0x80) ++n;
    return n;
}

}  // namespace

bool is_junk_file_name(std::string_view name) {
    std::string l = text::ascii_lower(name);
    return l == ".ds_store" || l == "thumbs.db" || l == "ehthumbs.db" || l == "desktop.ini" ||
           name.rfind("~$", 0) == 0 || name.rfind("._", 0) == 0 || name.rfind(".~lock.", 0) == 0 ||
           l.ends_with(".tmp") || l.ends_with(".crdownload") || l == ".localized";
}

bool is_junk_dir_name(std::string_view name) {
    std::string l = text::ascii_lower(name);
    return l == "__macosx" || l == ".git" || l == ".svn" || l == ".hg" || l == "$recycle.bin" ||
           l == "system volume information" || l == ".trashes" || l == ".spotlight-v100" ||
           l == ".fseventsd";
}

bool is_junk_path(std::string_view path) {
    size_t start = 0;
    while (start <= path.size()) {
        size_t slash = path.find('/', start);
        bool last = slash == std::string_view::npos;
        std::string_view comp = path.substr(start, last ? std::string_view::npos : slash - start);
        if (!comp.empty() && (last ? is_junk_file_name(comp) : is_junk_dir_name(comp))) return true;
        if (last) break;
        start = slash + 1;
    }
    return false;
}

bool is_generic_name(std::string_view name) {
    return RE2::PartialMatch(re2::StringPiece(name.data(), name.size()), generic_re());
}

bool more_descriptive(std::string_view a, std::string_view b) {
    std::string_view na = text::base_name(a), nb = text::base_name(b);
    bool ga = is_generic_name(na), gb = is_generic_name(nb);
    if (ga != gb) return !ga;
    size_t la = code_points(na), lb = code_points(nb);
    if (la != lb) return la < lb;
    return a < b;
}

void require_inbox(const fs::path& inbox) {
    struct stat root {};
    if (::stat(inbox.c_str(), &root) != 0)
        throw Fatal(kInput, "收件箱不存在", inbox.string(), "检查路径是否写对");
    if (!S_ISDIR(root.st_mode))
        throw Fatal(kInput, "收件箱不是文件夹", inbox.string(), "请给出存放各单位材料的文件夹");
    if (::access(inbox.c_str(), R_OK | X_OK) != 0)
        throw Fatal(kInput, "收件箱无法读取（权限不足）", inbox.string(), "检查该文件夹的读取权限");
    DIR* d = ::opendir(inbox.c_str());
    if (!d)
        throw Fatal(kInput, "收件箱无法读取（权限不足）", inbox.string(), "检查该文件夹的读取权限");
    ::closedir(d);
}

namespace {

// Everything one scan knows, filled in by the steps of scan_inbox in order.
struct Scan {
    const ScanOptions& opt;
    const Catalog& catalog;
    Store& store;
    ScanResult result;
    Walk walk;                               // the inbox as listed, files settled
    std::set<size_t> archives;               // walk.files indexes of archives to open
    std::map<size_t, Expansion> expansions;  // their contents
    std::set<size_t> expanded_now;  // archives read this run (the rest came from the store)
    std::map<std::string, UnitMatch> units;  // first-level folder → its unit
    // Folder names inside top-level archives → the unit they name (nullopt: none).
    std::map<std::string, std::optional<std::string>> member_units;
    std::vector<FileRecord> candidates;  // records before duplicates are set apart
    std::vector<bool> fresh;             // candidates[i] was read this run
};

struct NoState {};

// Re-use the store's hash when (path, size, mtime, inode) did not change; returns the indexes of
// the files that must be read.
std::vector<size_t> reuse_stored_hashes(Scan& s) {
    std::vector<size_t> to_hash;
    for (size_t i = 0; i < s.walk.files.size(); ++i) {
        Candidate& c = s.walk.files[i];
        if (!c.rejected.empty() || c.waiting) continue;
        auto row = s.store.get_file_stat(c.source);
        if (row && !row->sha256.empty() && row->size == c.size && row->mtime_ns == c.mtime_ns &&
            row->inode == c.inode && !row->type.empty()) {
            c.sha256 = row->sha256;
            c.type = row->type;
            c.cached = true;
        } else {
            to_hash.push_back(i);
        }
    }
    return to_hash;
}

// The first 64 KiB of a file (what magic::sniff looks at), opened as digest_file() opens it;
// empty when it cannot be read (hashing then says why).
std::string read_head(const fs::path& path) {
    int fd = ::open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) return {};
    std::string head(65536, '\0');
    ssize_t n = ::read(fd, head.data(), head.size());
    ::close(fd);
    head.resize(n > 0 ? static_cast<size_t>(n) : 0);
    return head;
}

// Files over their type's size cap (model/file_type) are refused from a look at their head, before
// they are hashed, read or packaged (issue 17: a sparse 1.5 GB ".png"); returns the rest.
std::vector<size_t> refuse_oversized(Scan& s, std::vector<size_t> to_hash) {
    uint64_t smallest = UINT64_MAX;
    for (const file_type::FileType& t : file_type::all())
        if (t.max_size > 0) smallest = std::min(smallest, t.max_size);
    std::erase_if(to_hash, [&](size_t i) {
        Candidate& c = s.walk.files[i];
        if (c.size <= smallest) return false;
        std::string type = magic::sniff(read_head(c.path));
        std::string reason = file_type::size_refusal(type, c.size);
        if (reason.empty()) return false;
        c.type = std::move(type);
        c.rejected = std::move(reason);
        return true;
    });
    return to_hash;
}

// Hashes and sniffs the files on the pool; each is committed to the store as soon as it is done.
void hash_files(Scan& s, const std::vector<size_t>& to_hash) {
    struct Hashed {
        tl::expected<FileDigest, Error> digest;
        bool changed = false;
    };
    for_each_ordered<NoState, Hashed>(
        to_hash.size(), s.opt.jobs, [] { return NoState{}; },
        [&](size_t k, NoState&) {
            const Candidate& c = s.walk.files[to_hash[k]];
            Hashed h{digest_file(c.path), false};
            struct stat st {};
            // Never half-read: a file that changed while we read it is still being written.
            if (h.digest && (::lstat(c.path.c_str(), &st) != 0 ||
                             static_cast<uint64_t>(st.st_size) != h.digest->size ||
                             ns_of(st.st_mtim) != c.mtime_ns))
                h.changed = true;
            return h;
        },
        [&](size_t k, Hashed&& h) {
            Candidate& c = s.walk.files[to_hash[k]];
            ++s.result.stats.hashed;
            if (!h.digest) {
                c.rejected = h.digest.error().reason;
                return;
            }
            if (h.changed) {
                mark_unsettled(c, s.opt.defer_unsettled);
                return;
            }
            c.sha256 = h.digest->sha256;
            c.size = h.digest->size;
            c.type = magic::sniff(h.digest->head);
            // One transaction per file: a killed run keeps every file hashed so far.
            s.store.put_file_stat({c.source, c.sha256, c.size, c.mtime_ns, c.inode, std::nullopt,
                                   c.type, "hashed", ""});
        });
}

// Finds the archives among the accepted files and takes the expansions the store already has;
// returns the indexes of the archives that must be read.
std::vector<size_t> reuse_stored_expansions(Scan& s) {
    std::vector<size_t> to_expand;
    for (size_t i = 0; i < s.walk.files.size(); ++i) {
        const Candidate& c = s.walk.files[i];
        if (!c.rejected.empty() || c.waiting || !magic::is_archive(c.type)) continue;
        s.archives.insert(i);
        if (auto data = s.store.get_stage(c.sha256, kArchiveStage, kArchiveStageVersion)) {
            if (auto x = expansion_from(*data, s.store)) {
                s.expansions[i] = std::move(*x);
                ++s.result.stats.archives_cached;
                continue;
            }
        }
        to_expand.push_back(i);
    }
    return to_expand;
}

// Expands the archives the store does not know on the pool and caches each expansion.
void expand_archives(Scan& s) {
    const std::vector<size_t> to_expand = reuse_stored_expansions(s);
    const fs::path blob_root = s.store.blob_root();
    for_each_ordered<NoState, Expansion>(
        to_expand.size(), s.opt.jobs, [] { return NoState{}; },
        [&](size_t k, NoState&) {
            const Candidate& c = s.walk.files[to_expand[k]];
            Expansion x;
            expand(c.path, c.source, "", 1, blob_root, s.opt.limits, x, &x.incomplete);
            return x;
        },
        [&](size_t k, Expansion&& x) {
            const Candidate& c = s.walk.files[to_expand[k]];
            s.result.stats.archives_read += x.archives_read;
            auto cbor = json::to_cbor(to_json(x));
            s.store.put_stage(
                c.sha256, kArchiveStage, kArchiveStageVersion,
                std::string_view(reinterpret_cast<const char*>(cbor.data()), cbor.size()));
            s.expansions[to_expand[k]] = std::move(x);
            s.expanded_now.insert(to_expand[k]);
        });
}

// The warning for a first-level folder that names no unit of the catalog.
std::string unknown_unit_warning(const std::string& folder, const UnitMatch& m) {
    std::string shown = encoding::escape_invalid_utf8(folder);
    if (m.suggestions.empty())
        return fmt::format("未知单位文件夹「{}」：不在目录的责任单位中，其文件的单位记为空", shown);
    return fmt::format("未知单位文件夹「{}」：是否指 {}？", shown, fmt::join(m.suggestions, "、"));
}

// One match per first-level folder, with a warning for each that names no unit.
void match_units(Scan& s) {
    for (const auto& c : s.walk.files) {
        if (c.unit_folder.empty() || s.units.count(c.unit_folder)) continue;
        UnitMatch m = match_unit(s.catalog, c.unit_folder);
        if (!m.unit) s.result.unit_warnings.push_back(unknown_unit_warning(c.unit_folder, m));
        s.units.emplace(c.unit_folder, std::move(m));
    }
}

// A record carrying the unit of the candidate's first-level folder.
FileRecord record_in_unit(const Scan& s, const Candidate& c) {
    FileRecord r;
    r.unit_folder = c.unit_folder;
    if (!c.unit_folder.empty()) {
        const UnitMatch& m = s.units.at(c.unit_folder);
        r.unit = m.unit;
        if (!m.unit)
            r.warnings.push_back(fmt::format("所在文件夹「{}」不是目录中的责任单位",
                                             encoding::escape_invalid_utf8(c.unit_folder)));
    }
    return r;
}

// A zip dropped at the top of the inbox (e.g. the whole county's, or a unit's own) has its
// unit folders inside: a member's first folder names its unit when it matches one.
void unit_from_member_path(Scan& s, const std::string& member, FileRecord& r) {
    size_t slash = member.find('/');
    if (slash == std::string::npos) return;
    std::string folder = member.substr(0, slash);
    auto it = s.member_units.find(folder);
    if (it == s.member_units.end())
        it = s.member_units.emplace(folder, match_unit(s.catalog, folder).unit).first;
    if (!it->second) return;
    r.unit_folder = folder;
    r.unit = it->second;
}

// A name holding invisible or direction controls ("关于<U+202E>fdp.txt" shows as "关于txt.pdf")
// keeps them in `source`; the package name drops them (packager/layout), and the file says so.
void warn_invisible_controls(FileRecord& r) {
    const std::string found = encoding::invisible_controls(text::base_name(r.source));
    if (!found.empty())
        r.warnings.push_back(fmt::format(
            "文件名含不可见的控制字符（{}），可能让名称显示错乱，报送包内的文件名已将其去掉",
            found));
}

// The archive's refusals and junk go to rejected[], its acceptable members become candidates.
void add_archive_members(Scan& s, size_t i) {
    const Candidate& c = s.walk.files[i];
    Ledger& L = s.result.ledger;
    const Expansion& x = s.expansions.at(i);
    const std::string prefix = c.source + "!/";
    for (const auto& r : x.refused) L.rejected.push_back({prefix + r.source, r.reason});
    for (const auto& j : x.junk) {
        L.rejected.push_back({prefix + j, kJunk});
        ++L.skipped_junk;
    }
    if (!x.incomplete.empty()) L.rejected.push_back({c.source, x.incomplete});
    for (const auto& m : x.members) {
        std::string reason = content_refusal(m.type, text::base_name(m.path), m.size);
        if (!reason.empty()) {
            L.rejected.push_back({prefix + m.path, reason});
            continue;
        }
        FileRecord r = record_in_unit(s, c);
        if (c.unit_folder.empty()) unit_from_member_path(s, m.path, r);
        r.source = prefix + m.path;
        r.content_path = s.store.blob_path(m.sha256).string();
        r.sha256 = m.sha256;
        r.size = m.size;
        r.media_type = magic::media_type(m.type);
        if (m.decoded) r.warnings.push_back("压缩包内文件名不是 UTF-8，已按 GBK/GB18030 解码");
        warn_invisible_controls(r);
        s.candidates.push_back(std::move(r));
        s.fresh.push_back(s.expanded_now.count(i) > 0);
    }
}

void add_file(Scan& s, const Candidate& c) {
    FileRecord r = record_in_unit(s, c);
    r.source = c.source;
    r.content_path = c.path.string();
    r.sha256 = c.sha256;
    r.size = c.size;
    r.media_type = magic::media_type(c.type);
    warn_invisible_controls(r);
    s.candidates.push_back(std::move(r));
    s.fresh.push_back(!c.cached);
}

// Every walked file ends as waiting, rejected (with the walk's own refusals), an archive's
// members, or one candidate record.
void build_records(Scan& s) {
    Ledger& L = s.result.ledger;
    L.rejected = std::move(s.walk.rejected);
    L.skipped_junk = s.walk.junk;
    for (size_t i = 0; i < s.walk.files.size(); ++i) {
        Candidate& c = s.walk.files[i];
        if (c.waiting) {
            s.result.waiting.push_back(c.source);
            continue;
        }
        if (c.rejected.empty())
            c.rejected = content_refusal(c.type, text::base_name(c.source), c.size);
        if (!c.rejected.empty())
            L.rejected.push_back({c.source, c.rejected});
        else if (s.archives.count(i))
            add_archive_members(s, i);
        else
            add_file(s, c);
    }
}

// Identical content under several names: the most descriptive name stays in files[], the others
// become duplicates of it.
void set_duplicates_apart(Scan& s) {
    std::vector<FileRecord>& candidates = s.candidates;
    std::unordered_map<std::string, size_t> keep;  // sha256 → index of the kept candidate
    for (size_t i = 0; i < candidates.size(); ++i) {
        auto [it, inserted] = keep.emplace(candidates[i].sha256, i);
        if (!inserted && more_descriptive(candidates[i].source, candidates[it->second].source))
            it->second = i;
    }
    Ledger& L = s.result.ledger;
    // Duplicates first: the kept candidate is moved into files[] below, and a duplicate listed
    // after that would read the moved-from (empty) source as its same_as.
    for (size_t i = 0; i < candidates.size(); ++i)
        if (size_t k = keep.at(candidates[i].sha256); k != i)
            L.duplicates.push_back({candidates[i].source, candidates[k].source});
    for (size_t i = 0; i < candidates.size(); ++i) {
        if (keep.at(candidates[i].sha256) != i) continue;
        (s.fresh[i] ? s.result.stats.new_files : s.result.stats.cached_files)++;
        L.files.push_back(std::move(candidates[i]));
    }
}

void sort_by_source(ScanResult& result) {
    Ledger& L = result.ledger;
    auto by_source = [](const auto& a, const auto& b) { return a.source < b.source; };
    std::sort(L.files.begin(), L.files.end(), by_source);
    std::sort(L.rejected.begin(), L.rejected.end(), by_source);
    std::sort(L.duplicates.begin(), L.duplicates.end(), by_source);
    std::sort(result.waiting.begin(), result.waiting.end());
}

// The store row of one walked file as this run decided it.
FileRow status_row(const Scan& s, size_t i,
                   const std::map<std::string, std::pair<std::string, std::string>>& status) {
    const Candidate& c = s.walk.files[i];
    auto it = status.find(c.source);
    std::string st = s.archives.count(i) ? "archive" : "ok";
    std::string reason;
    if (it != status.end()) std::tie(st, reason) = it->second;
    FileRow row{c.source, c.sha256, c.size, c.mtime_ns, c.inode, std::nullopt, c.type, st, reason};
    if (!c.unit_folder.empty()) row.unit = s.units.at(c.unit_folder).unit;
    if (row.sha256.empty()) row.mtime_ns = 0;  // not hashed: never reuse
    return row;
}

bool same_row(const FileRow& a, const FileRow& b) {
    return a.sha256 == b.sha256 && a.size == b.size && a.mtime_ns == b.mtime_ns &&
           a.inode == b.inode && a.unit == b.unit && a.type == b.type && a.status == b.status &&
           a.reason == b.reason;
}

// Records the final status of every inbox file (only rows that changed are written) and forgets
// the files that left the inbox.
void record_status(Scan& s) {
    const Ledger& L = s.result.ledger;
    std::map<std::string, std::pair<std::string, std::string>> status;  // source → (status, reason)
    for (const auto& r : L.rejected)
        status[r.source] = {r.reason == kJunk ? "junk" : "rejected", r.reason};
    for (const auto& d : L.duplicates) status[d.source] = {"duplicate", ""};
    for (const auto& w : s.result.waiting) status[w] = {"waiting", ""};
    // One transaction for the whole batch: these rows only restate what this run decided, so
    // losing them to a kill costs nothing but a re-decision (the hashes were committed per file).
    Store::Transaction tx(s.store);
    std::set<std::string> seen;
    for (size_t i = 0; i < s.walk.files.size(); ++i) {
        seen.insert(s.walk.files[i].source);
        FileRow row = status_row(s, i, status);
        auto old = s.store.get_file_stat(row.source);
        if (!old || !same_row(*old, row)) s.store.put_file_stat(row);
    }
    std::vector<std::string> gone;
    for (auto& source : s.store.file_sources())
        if (!seen.count(source)) gone.push_back(std::move(source));
    for (const auto& source : gone) s.store.remove_file_stat(source);
    tx.commit();
}

void count_outcomes(ScanResult& result) {
    result.stats.duplicates = static_cast<int>(result.ledger.duplicates.size());
    result.stats.rejected = static_cast<int>(result.ledger.rejected.size());
    result.stats.skipped_junk = result.ledger.skipped_junk;
    result.stats.waiting = static_cast<int>(result.waiting.size());
}

}  // namespace

ScanResult scan_inbox(const ScanOptions& opt, const Catalog& catalog, Store& store) {
    require_inbox(opt.inbox);
    Scan s{opt, catalog, store};
    walk_dir(opt.inbox, "", "", s.walk);
    s.result.stats.settle_wait_seconds =
        settle(s.walk.files, opt.settle_seconds, opt.defer_unsettled,
               opt.clock ? *opt.clock : Clock::system());
    hash_files(s, refuse_oversized(s, reuse_stored_hashes(s)));
    expand_archives(s);
    match_units(s);
    build_records(s);
    set_duplicates_apart(s);
    sort_by_source(s.result);
    record_status(s);
    count_outcomes(s.result);
    return std::move(s.result);
}

}  // namespace dossier
