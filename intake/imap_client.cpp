// IMAP through libcurl: every command is a CURLOPT_CUSTOMREQUEST on one easy handle, so the
// connection (login, SELECT) is reused between commands; see the header for why a fetched
// message is read from the header callback.
#include "intake/imap_client.hpp"

#include <curl/curl.h>

#include <algorithm>
#include <charconv>
#include <mutex>
#include <optional>

#include <fmt/core.h>

#include "model/error.hpp"

namespace dossier {

namespace {

struct CurlFree {
    void operator()(CURL* c) const { curl_easy_cleanup(c); }
};
using CurlPtr = std::unique_ptr<CURL, CurlFree>;

// What one command collects: the untagged lines libcurl writes as body, and every response line
// (headers). `cap` bounds the header bytes; past it the transfer is aborted.
struct Sink {
    std::string body, headers;
    size_t cap = 0;
    bool over = false;
};

size_t on_body(char* p, size_t size, size_t n, void* user) {
    auto* s = static_cast<Sink*>(user);
    s->body.append(p, size * n);
    return size * n;
}

size_t on_header(char* p, size_t size, size_t n, void* user) {
    auto* s = static_cast<Sink*>(user);
    if (s->headers.size() + size * n > s->cap) {
        s->over = true;
        return 0;  // aborts the transfer (CURLE_WRITE_ERROR)
    }
    s->headers.append(p, size * n);
    return size * n;
}

// The numbers after `key ` in `line` (e.g. "UID 12"), or nullopt.
std::optional<uint64_t> number_after(std::string_view line, std::string_view key) {
    auto at = line.find(key);
    if (at == std::string_view::npos) return std::nullopt;
    const char* b = line.data() + at + key.size();
    uint64_t v = 0;
    auto [end, ec] = std::from_chars(b, line.data() + line.size(), v);
    if (ec != std::errc() || end == b) return std::nullopt;
    return v;
}

// Splits at "\r\n" or "\n", keeping nothing of the terminators.
std::vector<std::string_view> lines_of(std::string_view s) {
    std::vector<std::string_view> out;
    while (!s.empty()) {
        auto nl = s.find('\n');
        std::string_view l = s.substr(0, nl);
        if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
        out.push_back(l);
        if (nl == std::string_view::npos) break;
        s.remove_prefix(nl + 1);
    }
    return out;
}

// What one FETCH answer carried: the literal of its first "* n FETCH (… {N}" line (the N bytes
// after that line), no literal at all (no such line, or an empty/NIL value), or a literal that
// came back short (the answer was cut: a forged tagged line inside the message).
struct Literal {
    enum Kind { ok, none, cut } kind = none;
    std::string bytes;
};

Literal fetched_literal(const std::string& headers) {
    size_t pos = 0;
    while (pos < headers.size()) {
        size_t nl = headers.find('\n', pos);
        if (nl == std::string::npos) break;
        std::string_view line(headers.data() + pos, nl + 1 - pos);
        pos = nl + 1;
        if (line.substr(0, 2) != "* " || line.find(" FETCH ") == std::string_view::npos)
            continue;
        std::string_view t = line;
        while (!t.empty() && (t.back() == '\n' || t.back() == '\r')) t.remove_suffix(1);
        if (t.empty() || t.back() != '}') continue;
        auto open = t.rfind('{');
        if (open == std::string_view::npos) continue;
        uint64_t n = 0;
        auto [end, ec] = std::from_chars(t.data() + open + 1, t.data() + t.size() - 1, n);
        if (ec != std::errc() || end != t.data() + t.size() - 1) continue;
        // The literal, then the rest of the FETCH response, which closes with ")".
        if (headers.size() - pos < n) return {Literal::cut, {}};
        std::string_view after(headers.data() + pos + n, headers.size() - pos - n);
        if (after.substr(0, after.find('\n')).find(')') == std::string_view::npos)
            return {Literal::cut, {}};
        return {Literal::ok, headers.substr(pos, n)};
    }
    return {};
}

}  // namespace

struct ImapSession::Impl {
    const MailConfig& cfg;
    CurlPtr curl;
    char errbuf[CURL_ERROR_SIZE] = {};
    uint64_t uidvalidity = 0;

    explicit Impl(const MailConfig& c) : cfg(c) {
        static std::once_flag once;
        std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    }

    std::string server() const { return fmt::format("{}:{}", cfg.host, cfg.port); }

    std::string url() const {
        std::string u = fmt::format("imaps://{}:{}/", cfg.host, cfg.port);
        char* f = curl_easy_escape(nullptr, cfg.folder.data(), static_cast<int>(cfg.folder.size()));
        u += f ? f : "";
        curl_free(f);
        // A reconnection re-selects the folder; libcurl then refuses it if UIDVALIDITY moved.
        if (uidvalidity) u += fmt::format(";UIDVALIDITY={}", uidvalidity);
        return u;
    }

    CURL* handle() {
        if (curl) return curl.get();
        curl.reset(curl_easy_init());
        if (!curl) throw Fatal(kInput, "无法初始化网络库（libcurl）");
        CURL* c = curl.get();
        curl_easy_setopt(c, CURLOPT_USERNAME, cfg.user.c_str());
        curl_easy_setopt(c, CURLOPT_PASSWORD, cfg.password.c_str());
        curl_easy_setopt(c, CURLOPT_USE_SSL, static_cast<long>(CURLUSESSL_ALL));
        curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
        curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
        if (!cfg.ca_file.empty()) curl_easy_setopt(c, CURLOPT_CAINFO, cfg.ca_file.c_str());
        curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "imaps");
        curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
        curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, static_cast<long>(std::min(cfg.timeout_seconds, 30)));
        // A stalled server (under 10 bytes/s for the whole timeout) ends the command; a large
        // message on a slow but moving link does not.
        curl_easy_setopt(c, CURLOPT_LOW_SPEED_LIMIT, 10L);
        curl_easy_setopt(c, CURLOPT_LOW_SPEED_TIME, static_cast<long>(cfg.timeout_seconds));
        // Response lines longer than half the buffer are clipped by libcurl: take the largest.
        curl_easy_setopt(c, CURLOPT_BUFFERSIZE, 10L * 1024 * 1024);
        curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errbuf);
        curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, on_body);
        curl_easy_setopt(c, CURLOPT_HEADERFUNCTION, on_header);
        return c;
    }

    void drop_connection() { curl.reset(); }

    [[noreturn]] void fail(CURLcode rc) {
        std::string detail = errbuf[0] ? errbuf : curl_easy_strerror(rc);
        drop_connection();
        std::string where = server();
        switch (rc) {
            case CURLE_LOGIN_DENIED:
                if (detail.find("Select") != std::string::npos)
                    throw Fatal(kInput, fmt::format("邮件服务器 {} 上的文件夹“{}”不存在或无法打开",
                                                    where, cfg.folder),
                                cfg.file.string(), "检查 mail.yaml 的 folder");
                throw Fatal(kInput, fmt::format("邮箱登录失败：用户名或密码不正确（{} 在 {}）",
                                                cfg.user, where),
                            cfg.file.string(), "检查 mail.yaml 的 user 和密码文件（或环境变量）");
            case CURLE_PEER_FAILED_VERIFICATION:
                throw Fatal(kInput, fmt::format("邮件服务器 {} 的证书不受信任，已拒绝连接（{}）", where,
                                                detail),
                            cfg.file.string(),
                            "服务器使用单位自建的 CA 时，在 mail.yaml 中用 ca_file 指定其 CA 证书"
                            "（证书校验不会关闭）");
            case CURLE_SSL_CACERT_BADFILE:
                throw Fatal(kInput, fmt::format("无法读取 ca_file {}", cfg.ca_file.string()),
                            cfg.file.string(), "ca_file 应为 PEM 格式的 CA 证书");
            case CURLE_COULDNT_RESOLVE_HOST:
                throw Fatal(kInput, fmt::format("找不到邮件服务器 {}", cfg.host), cfg.file.string(),
                            "检查 mail.yaml 的 host 和网络");
            case CURLE_COULDNT_CONNECT:
                throw Fatal(kInput, fmt::format("无法连接邮件服务器 {}", where), cfg.file.string(),
                            "检查 host、port（IMAPS 通常为 993）和网络");
            case CURLE_OPERATION_TIMEDOUT:
                throw Fatal(kInput, fmt::format("邮件服务器 {} 无响应（超过 {} 秒）", where,
                                                cfg.timeout_seconds),
                            cfg.file.string(), "稍后再试，或加大 timeout_seconds");
            case CURLE_SSL_CONNECT_ERROR:
                throw Fatal(kInput, fmt::format("与邮件服务器 {} 建立加密连接失败（{}）", where, detail),
                            cfg.file.string(), "确认服务器在该端口提供 IMAPS（TLS）");
            default:
                throw Fatal(kInput, fmt::format("与邮件服务器 {} 通信失败（{}）", where, detail),
                            cfg.file.string());
        }
    }

    // Runs one command; the caller reads `sink`. Returns the libcurl code (not thrown).
    CURLcode perform(const std::string& command, Sink& sink) {
        CURL* c = handle();
        errbuf[0] = '\0';
        curl_easy_setopt(c, CURLOPT_URL, url().c_str());
        curl_easy_setopt(c, CURLOPT_CUSTOMREQUEST, command.c_str());
        curl_easy_setopt(c, CURLOPT_WRITEDATA, &sink);
        curl_easy_setopt(c, CURLOPT_HEADERDATA, &sink);
        if (!sink.cap) sink.cap = 64u << 20;
        return curl_easy_perform(c);
    }

    Sink run(const std::string& command) {
        Sink sink;
        CURLcode rc = perform(command, sink);
        if (rc != CURLE_OK) fail(rc);
        return sink;
    }
};

ImapSession::ImapSession(const MailConfig& config) : impl_(std::make_unique<Impl>(config)) {}
ImapSession::~ImapSession() = default;

ImapSession::Folder ImapSession::open() {
    impl_->drop_connection();  // a fresh connection, so the SELECT (and UIDVALIDITY) is seen
    impl_->uidvalidity = 0;
    Sink s = impl_->run("NOOP");
    Folder out;
    for (auto line : lines_of(s.headers)) {
        if (auto v = number_after(line, "[UIDVALIDITY ")) out.uidvalidity = *v;
        if (auto v = number_after(line, "[UIDNEXT ")) out.uidnext = *v;
    }
    if (!out.uidvalidity)
        throw Fatal(kInput, fmt::format("邮件服务器 {} 没有给出文件夹“{}”的 UIDVALIDITY",
                                        impl_->server(), impl_->cfg.folder),
                    impl_->cfg.file.string());
    impl_->uidvalidity = out.uidvalidity;
    return out;
}

std::vector<uint64_t> ImapSession::uids_above(uint64_t after, const Folder& folder) {
    constexpr uint64_t kRange = 20000;
    std::vector<uint64_t> out;
    auto search = [&](const std::string& range) {
        Sink s = impl_->run("UID SEARCH UID " + range);
        for (auto line : lines_of(s.body)) {
            if (line.substr(0, 9) != "* SEARCH ") continue;
            line.remove_prefix(9);
            while (!line.empty()) {
                uint64_t v = 0;
                auto [end, ec] = std::from_chars(line.data(), line.data() + line.size(), v);
                if (ec == std::errc() && v > after) out.push_back(v);  // "n:*" can give n-1
                auto sp = line.find(' ');
                if (sp == std::string_view::npos) break;
                line.remove_prefix(sp + 1);
            }
        }
    };
    if (!folder.uidnext)
        search(fmt::format("{}:*", after + 1));
    else
        for (uint64_t lo = after + 1; lo < folder.uidnext; lo += kRange)
            search(fmt::format("{}:{}", lo, std::min(lo + kRange - 1, folder.uidnext - 1)));
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::map<uint64_t, uint64_t> ImapSession::sizes(const std::vector<uint64_t>& uids) {
    std::map<uint64_t, uint64_t> out;
    for (size_t i = 0; i < uids.size(); i += 200) {
        std::string set;
        for (size_t j = i; j < std::min(uids.size(), i + 200); ++j) {
            if (!set.empty()) set += ',';
            set += std::to_string(uids[j]);
        }
        Sink s = impl_->run("UID FETCH " + set + " (UID RFC822.SIZE)");
        for (auto line : lines_of(s.body)) {
            auto uid = number_after(line, "UID ");
            auto size = number_after(line, "RFC822.SIZE ");
            if (uid && size) out[*uid] = *size;
        }
    }
    return out;
}

tl::expected<std::string, std::string> ImapSession::fetch(uint64_t uid, uint64_t max_bytes) {
    // In pieces: libcurl (Debian's 7.88) refuses more than 300 KB of response lines per command.
    constexpr uint64_t kPiece = 128 * 1024;
    std::string message;
    for (;;) {
        Sink sink;
        sink.cap = kPiece + (1u << 20);  // the piece plus the session's own lines
        CURLcode rc = impl_->perform(
            fmt::format("UID FETCH {} BODY.PEEK[]<{}.{}>", uid, message.size(), kPiece), sink);
        if (rc == CURLE_QUOTE_ERROR || sink.over) {  // NO/BAD, or a forged tagged line
            impl_->drop_connection();
            return tl::unexpected(std::string("服务器拒绝读取该邮件，或邮件内容打乱了服务器的应答，未保存"));
        }
        if (rc != CURLE_OK) impl_->fail(rc);
        Literal piece = fetched_literal(sink.headers);
        if (piece.kind == Literal::cut) {
            impl_->drop_connection();  // what is left of the answer must not be read as the next
            return tl::unexpected(std::string("邮件无法完整读取（含伪造的服务器应答行），未保存"));
        }
        if (piece.kind == Literal::none) {
            if (message.empty())
                return tl::unexpected(std::string("服务器没有返回该邮件（可能刚被删除）"));
            break;
        }
        message += piece.bytes;
        if (message.size() > max_bytes) return tl::unexpected(std::string("邮件超过大小上限，未保存"));
        if (piece.bytes.size() < kPiece) break;
    }
    return message;
}

void ImapSession::mark_seen(uint64_t uid) {
    impl_->run(fmt::format("UID STORE {} +FLAGS.SILENT (\\Seen)", uid));
}

void ImapSession::remove(uint64_t uid) {
    impl_->run(fmt::format("UID STORE {} +FLAGS.SILENT (\\Deleted)", uid));
    impl_->run(fmt::format("UID EXPUNGE {}", uid));
}

}  // namespace dossier
