#include "extractors/mail.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <map>
#include <memory>
#include <mutex>
#include <set>

#include <fmt/core.h>
#include <gmime/gmime.h>
#include <re2/re2.h>

#include "extractors/blob_writer.hpp"
#include "model/encoding.hpp"
#include "model/text.hpp"

namespace dossier {

namespace fs = std::filesystem;

namespace {

struct Unref {
    void operator()(void* p) const {
        if (p) g_object_unref(p);
    }
};
template <class T>
using GPtr = std::unique_ptr<T, Unref>;

struct OptionsFree {
    void operator()(GMimeParserOptions* o) const { g_mime_parser_options_free(o); }
};

struct GFree {
    void operator()(void* p) const { g_free(p); }
};
using GString_ = std::unique_ptr<char, GFree>;

void init_gmime() {
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

// Raw 8-bit names and subjects as Foxmail, Outlook and QQ Mail write them: UTF-8 first, then
// GB18030 (a superset of GBK and GB2312). GMime picks the first charset that converts cleanly.
std::unique_ptr<GMimeParserOptions, OptionsFree> parser_options() {
    std::unique_ptr<GMimeParserOptions, OptionsFree> o(g_mime_parser_options_new());
    const char* charsets[] = {"UTF-8", "GB18030", nullptr};
    g_mime_parser_options_set_fallback_charsets(o.get(), charsets);
    g_mime_parser_options_set_rfc2047_compliance_mode(o.get(), GMIME_RFC_COMPLIANCE_LOOSE);
    g_mime_parser_options_set_parameter_compliance_mode(o.get(), GMIME_RFC_COMPLIANCE_LOOSE);
    return o;
}

std::string mib(uint64_t bytes) {
    return fmt::format("{} MB", (bytes + (1ull << 20) - 1) >> 20);
}

std::string safe_utf8(const char* s) {
    if (!s) return {};
    return encoding::name_to_utf8(s);
}

// A one-line form of a header value for the manifest (folded lines joined, trimmed).
std::string one_line(std::string s) {
    for (char& c : s)
        if (c == '\r' || c == '\n' || c == '\t') c = ' ';
    return std::string(text::trim(s));
}

MailInfo info_of(GMimeMessage* msg) {
    MailInfo info;
    if (InternetAddressList* from = g_mime_message_get_from(msg)) {
        GString_ s(internet_address_list_to_string(from, nullptr, FALSE));
        info.from = one_line(safe_utf8(s.get()));
    }
    info.subject = one_line(safe_utf8(g_mime_message_get_subject(msg)));
    if (GDateTime* d = g_mime_message_get_date(msg)) {
        GString_ s(g_date_time_format(d, "%Y-%m-%dT%H:%M:%S%:z"));
        info.date = safe_utf8(s.get());
    } else {
        info.date = one_line(safe_utf8(g_mime_object_get_header(GMIME_OBJECT(msg), "Date")));
    }
    return info;
}

// Everything one read_mail call keeps while it walks the MIME tree.
struct Walk {
    const fs::path& blob_root;
    const ArchiveLimits& limits;
    MailListing out;
    std::map<std::string, int> names;  // member names so far → how many times seen
    uint64_t total = 0;
    uint64_t parts = 0;
    std::string stop;         // why the walk stopped early (Chinese); empty while it goes on
    std::string plain, html;  // the first text/plain and text/html bodies
    std::string failed;       // a workspace error: the whole read fails
    int forwarded = 0;
};

// "a.pdf" seen before → "a (2).pdf".
std::string unique_name(Walk& w, const std::string& name) {
    int& seen = w.names[name];
    ++seen;
    if (seen == 1) return name;
    const size_t slash = name.rfind('/');
    size_t dot = name.rfind('.');
    if (dot == std::string::npos || dot == 0 || (slash != std::string::npos && dot < slash + 2))
        dot = name.size();
    std::string next = name.substr(0, dot) + fmt::format(" ({})", seen) + name.substr(dot);
    return unique_name(w, next);
}

// Streams `in` into a new blob and lists it as member `name`; false when the walk must stop.
bool store_member(Walk& w, const std::string& name, GMimeStream* in) {
    auto blob = BlobWriter::create(w.blob_root);
    if (!blob) {
        w.failed = blob.error().reason;
        return false;
    }
    char buf[1 << 16];
    for (;;) {
        const ssize_t n = g_mime_stream_read(in, buf, sizeof buf);
        if (n <= 0) break;
        if (w.total + blob->size() + static_cast<uint64_t>(n) > w.limits.max_total_bytes) {
            w.out.refused.push_back({name, fmt::format("附件解码后超过大小上限（{}），已拒绝",
                                                       mib(w.limits.max_total_bytes))});
            w.stop =
                fmt::format("附件总大小超过上限（{}），其余未读取", mib(w.limits.max_total_bytes));
            return false;
        }
        if (auto ok = blob->write(buf, static_cast<size_t>(n)); !ok) {
            w.failed = ok.error().reason;
            return false;
        }
    }
    w.total += blob->size();
    ArchiveMember m;
    m.name = name;
    m.size = blob->size();
    m.head = blob->head();
    auto sha = blob->commit();
    if (!sha) {
        w.failed = sha.error().reason;
        return false;
    }
    m.sha256 = *sha;
    m.blob = blob_path(w.blob_root, m.sha256);
    w.out.members.push_back(std::move(m));
    return true;
}

// The decoded content of a leaf part (base64, quoted-printable, uuencode undone).
GPtr<GMimeStream> decoded_stream(GMimePart* part) {
    GMimeDataWrapper* content = g_mime_part_get_content(part);
    if (!content) return nullptr;
    GMimeStream* raw = g_mime_data_wrapper_get_stream(content);
    if (!raw) return nullptr;
    g_mime_stream_reset(raw);
    GPtr<GMimeStream> filtered(g_mime_stream_filter_new(raw));
    GMimeContentEncoding enc = g_mime_data_wrapper_get_encoding(content);
    if (enc == GMIME_CONTENT_ENCODING_BASE64 || enc == GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE ||
        enc == GMIME_CONTENT_ENCODING_UUENCODE) {
        GPtr<GMimeFilter> f(g_mime_filter_basic_new(enc, FALSE));
        g_mime_stream_filter_add(GMIME_STREAM_FILTER(filtered.get()), f.get());
    }
    return filtered;
}

// A member name for a part: its decoded file name, else a made-up one the clerk can read.
std::string part_name(Walk& w, GMimeObject* obj, const char* filename, bool message) {
    std::string name = filename ? one_line(safe_utf8(filename)) : std::string();
    if (!name.empty()) return name;
    if (message) {
        ++w.forwarded;
        GMimeMessage* inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(obj));
        std::string subject = inner ? one_line(safe_utf8(g_mime_message_get_subject(inner))) : "";
        for (char& c : subject)
            if (c == '/' || c == '\\') c = '_';
        if (subject.empty() || subject.size() > 150)
            subject = fmt::format("转发的邮件{}", w.forwarded);
        return subject + ".eml";
    }
    return fmt::format("未命名附件{}", w.out.members.size() + w.out.refused.size() + 1);
}

// Checks the name and stores the part; false when the walk must stop.
bool take_member(Walk& w, std::string name, GMimeStream* content) {
    if (escapes_root(name)) {
        w.out.refused.push_back({name, "附件名称路径越界（../），已拒绝"});
        return true;
    }
    name = unique_name(w, name);
    if (!content) {
        w.out.refused.push_back({name, "附件内容无法读取，已拒绝"});
        return true;
    }
    return store_member(w, name, content);
}

// Keeps the first text body of each kind (text/plain, text/html) as UTF-8.
void keep_body(Walk& w, GMimeObject* obj) {
    GMimeContentType* ct = g_mime_object_get_content_type(obj);
    const bool html = g_mime_content_type_is_type(ct, "text", "html");
    std::string& slot = html ? w.html : w.plain;
    if (!slot.empty() || !GMIME_IS_TEXT_PART(obj)) return;
    GString_ text(g_mime_text_part_get_text(GMIME_TEXT_PART(obj)));
    if (text) slot = encoding::name_to_utf8(text.get());
    // Four times the excerpt: enough for the links of a long HTML body, bounded for a huge one.
    if (slot.size() > 4 * MailListing::kMaxBodyBytes) slot.resize(4 * MailListing::kMaxBodyBytes);
}

bool walk_part(Walk& w, GMimeObject* obj, int depth);

bool walk_leaf(Walk& w, GMimeObject* obj) {
    GMimePart* part = GMIME_PART(obj);
    const char* filename = g_mime_part_get_filename(part);
    GMimeContentDisposition* disp = g_mime_object_get_content_disposition(obj);
    const bool attachment = disp && g_mime_content_disposition_is_attachment(disp);
    GMimeContentType* ct = g_mime_object_get_content_type(obj);
    const bool text_body = g_mime_content_type_is_type(ct, "text", "plain") ||
                           g_mime_content_type_is_type(ct, "text", "html");
    if (!filename && !attachment) {
        if (text_body) keep_body(w, obj);
        return true;  // an unnamed inline part (a signature image, a calendar stub): not evidence
    }
    GPtr<GMimeStream> content = decoded_stream(part);
    return take_member(w, part_name(w, obj, filename, false), content.get());
}

// A forwarded message becomes one member (its own bytes); the scanner opens it.
bool walk_message(Walk& w, GMimeObject* obj) {
    GMimeMessage* inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(obj));
    GMimeContentDisposition* disp = g_mime_object_get_content_disposition(obj);
    const char* filename =
        disp ? g_mime_content_disposition_get_parameter(disp, "filename") : nullptr;
    if (!filename)
        filename = g_mime_content_type_get_parameter(g_mime_object_get_content_type(obj), "name");
    std::string name = part_name(w, obj, filename, true);
    if (!inner) return take_member(w, name, nullptr);
    GPtr<GMimeStream> mem(g_mime_stream_mem_new());
    g_mime_object_write_to_stream(GMIME_OBJECT(inner), nullptr, mem.get());
    g_mime_stream_reset(mem.get());
    return take_member(w, name, mem.get());
}

bool walk_part(Walk& w, GMimeObject* obj, int depth) {
    if (!obj) return true;
    if (++w.parts > w.limits.max_entries) {
        w.stop = fmt::format("邮件部分数超过上限（{} 个），其余未读取", w.limits.max_entries);
        return false;
    }
    if (depth > kMaxMimeDepth) {
        w.stop = fmt::format("邮件结构嵌套超过 {} 层，其余未读取", kMaxMimeDepth);
        return false;
    }
    if (GMIME_IS_MULTIPART(obj)) {
        GMimeMultipart* mp = GMIME_MULTIPART(obj);
        const int n = g_mime_multipart_get_count(mp);
        for (int i = 0; i < n; ++i)
            if (!walk_part(w, g_mime_multipart_get_part(mp, i), depth + 1)) return false;
        return true;
    }
    if (GMIME_IS_MESSAGE_PART(obj)) return walk_message(w, obj);
    if (GMIME_IS_PART(obj)) return walk_leaf(w, obj);
    return true;
}

// HTML tags and the commonest entities dropped, for unit matching.
std::string html_to_text(std::string html) {
    static const RE2 drop(R"((?is)<(script|style)[^>]*>.*?</(script|style)>)");
    static const RE2 tag(R"(<[^>]*>)");
    RE2::GlobalReplace(&html, drop, " ");
    RE2::GlobalReplace(&html, tag, " ");
    RE2::GlobalReplace(&html, "&nbsp;", " ");
    RE2::GlobalReplace(&html, "&amp;", "&");
    return html;
}

// Cuts `s` to at most `n` bytes without splitting a UTF-8 sequence.
void cut_utf8(std::string& s, size_t n) {
    if (s.size() <= n) return;
    while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
    s.resize(n);
}

void finish(Walk& w) {
    MailListing& out = w.out;
    for (const std::string* body : {&w.plain, &w.html})
        for (auto& link : large_attachment_links(*body))
            if (std::find(out.large_links.begin(), out.large_links.end(), link) ==
                out.large_links.end())
                out.large_links.push_back(std::move(link));
    out.body = !w.plain.empty() ? w.plain : html_to_text(w.html);
    cut_utf8(out.body, MailListing::kMaxBodyBytes);
    if (!w.stop.empty())
        out.incomplete =
            "邮件未能完整读取：" + w.stop + fmt::format("（已取出 {} 个附件）", out.members.size());
    else if (!out.refused.empty())
        out.incomplete = fmt::format("邮件未能完整读取：{} 个附件已拒绝（已取出 {} 个附件）",
                                     out.refused.size(), out.members.size());
    else if (out.members.empty())
        out.incomplete = kNoAttachment;
}

}  // namespace

tl::expected<MailListing, Error> read_mail(const fs::path& file, const fs::path& blob_root,
                                           const ArchiveLimits& limits) {
    init_gmime();
    const int fd = ::open(file.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) return tl::make_unexpected(Error{"无法打开邮件文件（文件不可读）"});
    GPtr<GMimeStream> stream(g_mime_stream_fs_new(fd));  // owns fd
    GPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    g_mime_parser_set_format(parser.get(), GMIME_FORMAT_MESSAGE);
    auto options = parser_options();
    GPtr<GMimeMessage> msg(g_mime_parser_construct_message(parser.get(), options.get()));
    if (!msg) return tl::make_unexpected(Error{"不是可识别的邮件（.eml）或已损坏"});
    Walk w{blob_root, limits, {}, {}};
    w.out.info = info_of(msg.get());
    walk_part(w, g_mime_message_get_mime_part(msg.get()), 0);
    if (!w.failed.empty()) return tl::make_unexpected(Error{w.failed});
    finish(w);
    return std::move(w.out);
}

std::vector<std::string> large_attachment_links(std::string_view text) {
    // Hosts and paths of the large-attachment ("超大附件"/"云附件") download pages: QQ Mail and
    // Tencent Exmail (ftnExs_download, /ftn/download), NetEase 163/126/yeah
    // (large-attachment-download, dashi.163.com cloud attachments), Sina (filecenter), Aliyun
    // Mail, Sohu, 139 Mail, Outlook/OneDrive share links.
    static const RE2 url(R"((?i)(https?://[A-Za-z0-9\-._~:/?#@!$&*+,;=%]+))");
    static const RE2 large(
        R"((?i)^https?://(?:[a-z0-9-]+\.)*(?:)"
        R"((?:mail|exmail|wx\.mail|iwx\.mail)\.qq\.com/(?:cgi-bin/ftnExs_download|cgi-bin/ftnExs_files|ftn/download))"
        R"(|(?:mail|qiye)\.(?:163|126|yeah)\.(?:com|net)/.*large-?attachment)"
        R"(|dashi\.163\.com/)"
        R"(|mail\.sina\.com\.cn/.*(?:filecenter|bigfile|largeatt))"
        R"(|(?:mail|qiye)\.aliyun\.com/.*(?:bigattach|large|download))"
        R"(|mail\.sohu\.com/.*(?:bigattach|largeatt|ftn))"
        R"(|(?:mail\.10086\.cn|caiyun\.139\.com|yun\.139\.com)/)"
        R"(|1drv\.ms/|onedrive\.live\.com/|[a-z0-9-]+\.sharepoint\.com/:))");
    std::vector<std::string> out;
    std::set<std::string> seen;
    re2::StringPiece in(text.data(), text.size());
    std::string link;
    while (RE2::FindAndConsume(&in, url, &link)) {
        while (!link.empty() &&
               std::string_view(".,;:!?").find(link.back()) != std::string_view::npos)
            link.pop_back();
        RE2::GlobalReplace(&link, "&amp;", "&");
        if (RE2::PartialMatch(link, large) && seen.insert(link).second) out.push_back(link);
    }
    return out;
}

}  // namespace dossier
