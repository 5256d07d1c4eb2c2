// fetch-mail against a real Dovecot (tests/intake/dovecot.hpp): crafted messages as Chinese mail
// clients send them are fetched into the inbox by the real binary — under the right unit, with
// the right name, byte for byte — twice without saving anything twice, without touching the
// server's flags, and `build` then packages every attachment with its Chinese name and its mail;
// hostile mail, watch's timer, and the password, login and certificate checks.
#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <zlib.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <map>
#include <string>
#include <thread>

#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include "cli_harness.hpp"
#include "common/mail_gen.hpp"
#include "intake/dovecot.hpp"

namespace fs = std::filesystem;
using namespace dossier::test;

namespace {

std::string gbk(const std::string& utf8) {
    return mail::encode(utf8, "GB18030");
}

std::string b64(const std::string& s) {
    return mail::base64(s, 0);
}

// Base64 body lines of 76 characters, every one CRLF-terminated.
std::string b64_lines(const std::string& s) {
    std::string out = mail::base64(s);
    if (!out.ends_with("\r\n")) out += "\r\n";
    return out;
}

std::string pct(const std::string& s) {
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : s) {
        out += '%';
        out += hex[c >> 4];
        out += hex[c & 15];
    }
    return out;
}

// Raw deflate (zip method 8).
std::string deflated(const std::string& data) {
    z_stream z{};
    deflateInit2(&z, 6, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY);
    std::string out(deflateBound(&z, data.size()), '\0');
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    z.avail_in = static_cast<uInt>(data.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = static_cast<uInt>(out.size());
    deflate(&z, Z_FINISH);
    out.resize(z.total_out);
    deflateEnd(&z);
    return out;
}

// A zip whose member names are raw GBK bytes without the UTF-8 flag, as Windows' own "send to
// compressed folder" writes them.
std::string gbk_zip(const std::vector<std::pair<std::string, std::string>>& members) {
    auto u16 = [](std::string& s, unsigned v) {
        s += static_cast<char>(v & 0xff);
        s += static_cast<char>((v >> 8) & 0xff);
    };
    auto u32 = [&](std::string& s, unsigned long v) {
        u16(s, v & 0xffff);
        u16(s, (v >> 16) & 0xffff);
    };
    std::string zip, central;
    for (const auto& [utf8_name, data] : members) {
        std::string name = gbk(utf8_name);
        unsigned long crc = ::crc32(0, reinterpret_cast<const Bytef*>(data.data()),
                                    static_cast<uInt>(data.size()));
        unsigned long offset = zip.size();
        std::string packed = deflated(data);
        u32(zip, 0x04034b50); u16(zip, 20); u16(zip, 0); u16(zip, 8); u16(zip, 0); u16(zip, 0x5021);
        u32(zip, crc); u32(zip, packed.size()); u32(zip, data.size());
        u16(zip, name.size()); u16(zip, 0);
        zip += name + packed;
        u32(central, 0x02014b50); u16(central, 20); u16(central, 20); u16(central, 0);
        u16(central, 8); u16(central, 0); u16(central, 0x5021); u32(central, crc);
        u32(central, packed.size()); u32(central, data.size()); u16(central, name.size());
        u16(central, 0); u16(central, 0); u16(central, 0); u16(central, 0); u32(central, 0);
        u32(central, offset);
        central += name;
    }
    unsigned long cd_offset = zip.size();
    zip += central;
    u32(zip, 0x06054b50); u16(zip, 0); u16(zip, 0); u16(zip, members.size());
    u16(zip, members.size()); u32(zip, central.size()); u32(zip, cd_offset); u16(zip, 0);
    return zip;
}

// Real documents of the bundled sample inbox, so that `build` reads each attachment as what it is.
std::string sample(const std::string& rel) {
    return slurp(fs::path(DOSSIER_SOURCE_DIR) / "samples" / "inbox" / rel);
}

std::string head(const std::string& from, const std::string& subject_header, const std::string& date,
                 const std::string& content_type) {
    return "From: " + from + "\r\nTo: gongkai@bazhou.gov.cn\r\nSubject: " + subject_header +
           "\r\nDate: " + date + "\r\nMessage-ID: <" + std::to_string(std::hash<std::string>{}(subject_header)) +
           "@test>\r\nMIME-Version: 1.0\r\nContent-Type: " + content_type + "\r\n\r\n";
}

// Foxmail: GBK subject in RFC 2047, the attachment name as raw GBK bytes in quotes.
std::string foxmail() {
    return head("\"=?GBK?B?" + b64(gbk("财政局 张三")) + "?=\" <caizheng@county.gov.cn>",
                "=?GBK?B?" + b64(gbk("2020年预算公开材料")) + "?=",
                "Tue, 3 Nov 2020 10:23:45 +0800", "multipart/mixed; boundary=\"fox\"") +
           "--fox\r\nContent-Type: text/plain; charset=GBK\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
           b64_lines(gbk("请查收。")) + "--fox\r\nContent-Type: application/pdf; name=\"" +
           gbk("2020年预算公开.pdf") + "\"\r\nContent-Transfer-Encoding: base64\r\n"
           "Content-Disposition: attachment; filename=\"" + gbk("2020年预算公开.pdf") + "\"\r\n\r\n" +
           b64_lines(sample("市政务公开办/霸州市人民政府公报2020年第3期.pdf")) + "--fox--\r\n";
}

// Outlook: gb2312 RFC 2047 words inside the quoted file name; sender mapped by its domain.
std::string outlook() {
    std::string name = "=?gb2312?B?" + b64(gbk("教育局决算说明.pdf")) + "?=";
    return head("=?gb2312?B?" + b64(gbk("教体局")) + "?= <office@jtj.bazhou.gov.cn>",
                "=?gb2312?B?" + b64(gbk("决算公开")) + "?=", "Wed, 4 Nov 2020 09:00:00 +0800",
                "multipart/mixed; boundary=\"----=_NextPart_000\"") +
           "------=_NextPart_000\r\nContent-Type: text/plain; charset=gb2312\r\n\r\n" + gbk("附件") +
           "\r\n------=_NextPart_000\r\nContent-Type: application/pdf; name=\"" + name +
           "\"\r\nContent-Transfer-Encoding: base64\r\nContent-Disposition: attachment; filename=\"" +
           name + "\"\r\n\r\n" + b64_lines(sample("市政务公开办/依申请公开答复书（2020）第6号.pdf")) +
           "------=_NextPart_000--\r\n";
}

// QQ Mail: an unmapped sender whose subject names the unit; RFC 2231 continuations.
std::string qq() {
    std::string n = pct("市卫生健康局关于做好2020年医疗卫生领域信息公开工作的通知.docx");
    return head("\"=?utf-8?B?" + b64("李四") + "?=\" <12345678@qq.com>",
                "=?utf-8?B?" + b64("市卫健局 卫生领域公开总结") + "?=",
                "Thu, 05 Nov 2020 16:30:00 +0800", "multipart/mixed; boundary=\"qq\"") +
           "--qq\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n见附件\r\n--qq\r\n"
           "Content-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n"
           "Content-Disposition: attachment;\r\n filename*0*=UTF-8''" + n.substr(0, 60) +
           ";\r\n filename*1*=" + n.substr(60) + "\r\n\r\n" +
           b64_lines(sample("市卫生健康局/关于做好2020年医疗卫生领域信息公开工作的通知.docx")) + "--qq--\r\n";
}

// A forwarded mail (message/rfc822) carrying a zip with GBK member names; raw GBK subject.
std::string forwarded() {
    std::string zip = gbk_zip(
        {{"民政局/2020年低保名单公示.pdf",
          sample("霸州市人民政府办公室/霸政办〔2020〕25号关于印发霸州市城区老旧小区改造实施方案的通知.pdf")},
         {"说明.txt", "霸州市民政局2020年低保名单公示材料说明。\r\n"}});
    std::string inner =
        head("mzj@county.gov.cn", "=?GBK?B?" + b64(gbk("低保公示材料")) + "?=",
             "Mon, 2 Nov 2020 08:00:00 +0800", "multipart/mixed; boundary=\"inner\"") +
        "--inner\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n材料见压缩包\r\n--inner\r\n"
        "Content-Type: application/zip; name=\"=?GBK?B?" + b64(gbk("民政局材料.zip")) +
        "?=\"\r\nContent-Transfer-Encoding: base64\r\nContent-Disposition: attachment; filename=\"=?GBK?B?" +
        b64(gbk("民政局材料.zip")) + "?=\"\r\n\r\n" + b64_lines(zip) + "--inner--\r\n";
    return head("caizheng@county.gov.cn", gbk("转发：低保公示材料"), "Fri, 6 Nov 2020 11:00:00 +0800",
                "multipart/mixed; boundary=\"fwd\"") +
           "--fwd\r\nContent-Type: text/plain; charset=GBK\r\n\r\n" + gbk("转发民政局的材料") +
           "\r\n--fwd\r\nContent-Type: message/rfc822\r\n\r\n" + inner + "--fwd--\r\n";
}

// A 超大附件 link (QQ Mail's large attachment), no attachment of its own.
std::string huge_link() {
    return head("caizheng@county.gov.cn", "=?utf-8?B?" + b64("超大附件：2020年决算公开视频") + "?=",
                "Sat, 7 Nov 2020 12:00:00 +0800", "text/html; charset=utf-8") +
           "<p>从QQ邮箱发来的超大附件</p><p><a href=\"https://wx.mail.qq.com/ftn/download?func=3&amp;"
           "k=abcdef0123456789\">2020年决算公开视频.mp4 (1.2G, 2020年12月07日 12:00 到期)</a></p>\r\n";
}

// Nobody the config knows, and no unit in the subject.
std::string unknown() {
    return head("stranger@example.com", "=?utf-8?B?" + b64("材料") + "?=",
                "Sun, 8 Nov 2020 12:00:00 +0800", "text/plain; charset=utf-8") +
           "随信附上材料。\r\n";
}

// Mail that attacks the reading of the server's answer: lines that look like the end of the FETCH
// (libcurl's tags are a letter and three digits), a 1 MB line, then an ordinary message.
std::string hostile(const std::string& kind) {
    std::string body;
    if (kind == "forged_tags")
        for (char c = 'A'; c <= 'C'; ++c)
            for (int i = 1; i < 40; ++i) body += fmt::format("{}{:03} OK Fetch completed.\r\n", c, i);
    else if (kind == "long_line")
        body = "<html><body>" + std::string(1 << 20, 'x') + "</body></html>\r\n";
    else
        body = "正文\r\n";
    return head("caizheng@county.gov.cn", "=?utf-8?B?" + b64(kind) + "?=",
                "Mon, 9 Nov 2020 12:00:00 +0800",
                kind == "long_line" ? "text/html; charset=utf-8" : "text/plain; charset=utf-8") + body;
}

struct Fixture {
    Dovecot server{{{"clerk", "s3cret"}, {"seen", "s3cret"}, {"del", "s3cret"}, {"hostile", "s3cret"}}};
    TempDir t;
    fs::path inbox = t / "inbox", ws = t / "ws", pw = t / "pw";
    std::map<std::string, std::string> sent;  // what was delivered, by name

    Fixture() {
        fs::create_directories(inbox);
        write(pw, "s3cret\n");
        fs::permissions(pw, fs::perms::owner_read | fs::perms::owner_write);
        sent = {{"foxmail", foxmail()}, {"outlook", outlook()}, {"qq", qq()},
                {"forwarded", forwarded()}, {"huge_link", huge_link()}, {"unknown", unknown()}};
        for (const char* k : {"foxmail", "outlook", "qq", "forwarded", "huge_link", "unknown"})
            server.deliver("clerk", sent[k]);
        server.deliver("seen", unknown());
        server.deliver("del", unknown());
        for (const char* k : {"forged_tags", "long_line", "after", "../../etc/passwd"}) {
            sent[k] = hostile(k);
            server.deliver("hostile", sent[k]);
        }
        server.start();
    }

    fs::path config(const std::string& name, const std::string& user, const std::string& extra,
                    bool with_ca = true) {
        fs::path p = t / name;
        write(p, "host: 127.0.0.1\nport: " + std::to_string(server.port()) + "\nuser: " + user +
                     "\npassword_file: pw\n" +
                     (with_ca ? "ca_file: " + server.cert().string() + "\n" : std::string()) +
                     "timeout_seconds: 20\nsenders:\n  caizheng@county.gov.cn: 财政局\n"
                     "  \"@bazhou.gov.cn\": 市教育和体育局\n" + extra);
        return p;
    }

    Result fetch(const fs::path& cfg) {
        return run(dossier_cmd() + " fetch-mail --config " + q(cfg) + " " + q(inbox) +
                   " --workspace " + q(ws) + " 2>&1");
    }

    // Every Maildir file's flags (the part after ":2,"), for checking nothing was flagged.
    std::string flags(const std::string& user) {
        std::string all;
        for (const char* sub : {"cur", "new"})
            for (const auto& e : fs::directory_iterator(server.maildir(user) / sub)) {
                std::string n = e.path().filename().string();
                auto at = n.find(":2,");
                all += (at == std::string::npos ? "" : n.substr(at + 3)) + "|";
            }
        return all;
    }
};

std::map<std::string, std::string> files_below(const fs::path& root) {
    std::map<std::string, std::string> out;
    for (const auto& e : fs::recursive_directory_iterator(root))
        if (e.is_regular_file()) out[fs::relative(e.path(), root).string()] = slurp(e.path());
    return out;
}

}  // namespace

TEST_CASE("fetch_mail: Chinese mail from a real IMAP server lands under its unit, byte for byte, "
          "once, with the server's flags untouched, and build packages every attachment with its mail",
          "[intake][dovecot]") {
    if (!Dovecot::available()) {
        WARN("未安装 /usr/sbin/dovecot（Debian 包 dovecot-imapd），跳过 IMAP 测试");
        return;
    }
    Fixture f;
    fs::path cfg = f.config("mail.yaml", "clerk", "");
    Result r1 = f.fetch(cfg);
    INFO(r1.out << f.server.log());
    REQUIRE(r1.code == 0);
    CHECK(r1.out.find("新邮件 6 封，保存 6 封") != std::string::npos);
    CHECK(r1.out.find("未识别发件人 stranger@example.com") != std::string::npos);

    auto got = files_below(f.inbox);
    std::map<std::string, std::string> want = {
        {"市财政局/邮件/20201103_2020年预算公开材料.eml", f.sent["foxmail"]},
        {"市教育和体育局/邮件/20201104_决算公开.eml", f.sent["outlook"]},
        {"市卫生健康局/邮件/20201105_市卫健局 卫生领域公开总结.eml", f.sent["qq"]},
        {"市财政局/邮件/20201106_转发：低保公示材料.eml", f.sent["forwarded"]},
        {"市财政局/邮件/20201107_超大附件：2020年决算公开视频.eml", f.sent["huge_link"]},
        {"未识别发件人/20201108_材料.eml", f.sent["unknown"]},
    };
    for (const auto& [path, bytes] : want) {
        INFO(path);
        REQUIRE(got.count(path) == 1);
        CHECK(got[path] == bytes);
    }
    CHECK(got.size() == want.size());
    CHECK(f.flags("clerk").find('S') == std::string::npos);  // still unseen
    CHECK(f.flags("clerk").find('T') == std::string::npos);  // not deleted

    // The second run finds nothing new and saves nothing.
    Result r2 = f.fetch(cfg);
    INFO(r2.out);
    CHECK(r2.code == 0);
    CHECK(r2.out.find("新邮件 0 封，保存 0 封") != std::string::npos);
    CHECK(files_below(f.inbox).size() == want.size());
    Result js = run(dossier_cmd() + " fetch-mail --json --config " + q(cfg) + " " + q(f.inbox) +
                    " --workspace " + q(f.ws));
    nlohmann::json j = nlohmann::json::parse(js.out, nullptr, false);
    CHECK(js.code == 0);
    CHECK((j.is_object() && j["new"] == 0 && j["saved"].empty()));

    // A changed UIDVALIDITY starts again from the first message, with a warning; the same bytes
    // already in the inbox are not saved a second time.
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open((f.ws / "mail.db").c_str(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, "UPDATE seen SET uidvalidity = 1", nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
    Result r3 = f.fetch(cfg);
    INFO(r3.out);
    CHECK(r3.code == 0);
    CHECK(r3.out.find("UIDVALIDITY 已变化") != std::string::npos);
    CHECK(r3.out.find("保存 0 封，已在收件箱 6 封") != std::string::npos);
    CHECK(files_below(f.inbox).size() == want.size());
    CHECK(f.flags("clerk").find('S') == std::string::npos);

    // Then `build`: every attachment is in the package's manifest.json under its Chinese name
    // with the mail it came in (the innermost for forwarded mail); the mails without
    // attachments, the unknown sender's and the 超大附件 link are reported; nothing is lost.
    Result b = run(dossier_cmd() + " build " + q(f.inbox) + " -o " + q(f.t / "out") +
                   " --workspace " + q(f.t / "ws-build") + " --as-of 2020-11-20 --quiet 2>&1");
    INFO(b.out);
    REQUIRE(b.code == 0);
    nlohmann::json m = nlohmann::json::parse(
        run("unzip -p " + q(f.t / "out" / "langfang-2020.zip") + " manifest.json").out, nullptr,
        false);
    REQUIRE(m.is_object());
    std::map<std::string, nlohmann::json> by_source;
    for (const auto& e : m["files"]) by_source[e["source"].get<std::string>()] = e;
    const std::string fwd = "市财政局/邮件/20201106_转发：低保公示材料.eml!/低保公示材料.eml!/民政局材料.zip!/";
    struct Want {
        std::string source, from, subject;
    };
    for (const Want& w : std::vector<Want>{
             {"市财政局/邮件/20201103_2020年预算公开材料.eml!/2020年预算公开.pdf",
              "财政局 张三 <caizheng@county.gov.cn>", "2020年预算公开材料"},
             {"市教育和体育局/邮件/20201104_决算公开.eml!/教育局决算说明.pdf",
              "教体局 <office@jtj.bazhou.gov.cn>", "决算公开"},
             {"市卫生健康局/邮件/20201105_市卫健局 卫生领域公开总结.eml!/"
              "市卫生健康局关于做好2020年医疗卫生领域信息公开工作的通知.docx",
              "李四 <12345678@qq.com>", "市卫健局 卫生领域公开总结"},
             {fwd + "民政局/2020年低保名单公示.pdf", "mzj@county.gov.cn", "低保公示材料"},
             {fwd + "说明.txt", "mzj@county.gov.cn", "低保公示材料"}}) {
        INFO(w.source);
        REQUIRE(by_source.count(w.source) == 1);
        CHECK(by_source[w.source]["mail"]["from"] == w.from);
        CHECK(by_source[w.source]["mail"]["subject"] == w.subject);
    }
    CHECK(by_source.size() == 5);
    std::map<std::string, std::string> rejected;
    for (const auto& e : m["rejected"]) rejected[e["source"]] = e["reason"];
    CHECK(rejected["未识别发件人/20201108_材料.eml"] == "邮件中没有附件");
    CHECK(rejected["市财政局/邮件/20201107_超大附件：2020年决算公开视频.eml"] == "邮件中没有附件");
    CHECK(rejected.size() == 2);
    std::string report = slurp(f.t / "out" / "report.json");
    CHECK(report.find("未知单位文件夹「未识别发件人」") != std::string::npos);
    CHECK(report.find("邮件含超大附件链接，需手动下载：https://wx.mail.qq.com/ftn/download") !=
          std::string::npos);
}

TEST_CASE("fetch_mail: mark_seen and delete_after change the server only when configured",
          "[intake][dovecot]") {
    if (!Dovecot::available()) {
        WARN("未安装 /usr/sbin/dovecot（Debian 包 dovecot-imapd），跳过 IMAP 测试");
        return;
    }
    Fixture f;
    Result seen = f.fetch(f.config("seen.yaml", "seen", "mark_seen: true\n"));
    INFO(seen.out);
    CHECK(seen.code == 0);
    CHECK(f.flags("seen").find('S') != std::string::npos);
    fs::remove_all(f.inbox / "未识别发件人");
    Result del = f.fetch(f.config("del.yaml", "del", "delete_after: true\n"));
    INFO(del.out);
    CHECK(del.code == 0);
    CHECK(del.out.find("保存 1 封") != std::string::npos);
    CHECK(f.flags("del").empty());  // the message is gone from the server
}

TEST_CASE("fetch_mail: forged end-of-answer lines skip only their own message, a 1 MB line and "
          "the size limit are honoured", "[intake][dovecot]") {
    if (!Dovecot::available()) {
        WARN("未安装 /usr/sbin/dovecot（Debian 包 dovecot-imapd），跳过 IMAP 测试");
        return;
    }
    Fixture f;
    Result r = f.fetch(f.config("hostile.yaml", "hostile", ""));
    INFO(r.out);
    CHECK(r.code == 0);
    CHECK(r.out.find("新邮件 4 封，保存 3 封，已在收件箱 0 封，跳过 1 封") != std::string::npos);
    CHECK(r.out.find("邮件 UID 1：") != std::string::npos);
    auto got = files_below(f.inbox);
    CHECK(got["市财政局/邮件/20201109_long_line.eml"] == f.sent["long_line"]);
    CHECK(got["市财政局/邮件/20201109_after.eml"] == f.sent["after"]);
    CHECK(got.count("市财政局/邮件/20201109_forged_tags.eml") == 0);
    CHECK(got["市财政局/邮件/20201109_.._.._etc_passwd.eml"] == f.sent["../../etc/passwd"]);
    CHECK(got.size() == 3);  // nothing anywhere else below the inbox
    CHECK(!fs::exists(f.t / "etc"));

    fs::remove_all(f.inbox / "市财政局");
    fs::remove_all(f.ws);
    Result small = f.fetch(f.config("small.yaml", "hostile", "max_message_mb: 0.5\n"));
    INFO(small.out);
    CHECK(small.code == 0);
    CHECK(small.out.find("超过 max_message_mb（0.5 MB），未下载") != std::string::npos);
    CHECK(files_below(f.inbox).size() == 2);  // "after" and "passwd"; forged_tags skipped again
}

TEST_CASE("fetch_mail: a readable password file, a wrong password and an untrusted certificate "
          "are refused in Chinese", "[intake][dovecot]") {
    if (!Dovecot::available()) {
        WARN("未安装 /usr/sbin/dovecot（Debian 包 dovecot-imapd），跳过 IMAP 测试");
        return;
    }
    Fixture f;
    fs::path cfg = f.config("mail.yaml", "clerk", "");

    fs::permissions(f.pw, fs::perms::group_read | fs::perms::others_read, fs::perm_options::add);
    Result open_pw = f.fetch(cfg);
    INFO(open_pw.out);
    CHECK(open_pw.code == 3);
    CHECK(open_pw.out.find("mail.yaml:4: 密码文件") != std::string::npos);
    CHECK(open_pw.out.find("chmod 600") != std::string::npos);

    write(f.pw, "wrong\n");
    fs::permissions(f.pw, fs::perms::owner_read | fs::perms::owner_write);
    Result wrong = f.fetch(cfg);
    INFO(wrong.out);
    CHECK(wrong.code == 3);
    CHECK(wrong.out.find("邮箱登录失败：用户名或密码不正确") != std::string::npos);

    write(f.pw, "s3cret\n");
    Result untrusted = f.fetch(f.config("no-ca.yaml", "clerk", "", false));
    INFO(untrusted.out);
    CHECK(untrusted.code == 3);
    CHECK(untrusted.out.find("证书不受信任") != std::string::npos);

    CHECK(files_below(f.inbox).empty());
    CHECK(f.flags("clerk").find('S') == std::string::npos);
}

TEST_CASE("fetch_mail: mail.yaml errors are one Chinese line with file:line", "[intake]") {
    TempDir t;
    fs::create_directories(t / "inbox");
    auto fetch = [&](const std::string& yaml) {
        write(t / "mail.yaml", yaml);
        return run(dossier_cmd() + " fetch-mail --config " + q(t / "mail.yaml") + " " +
                   q(t / "inbox") + " --workspace " + q(t / "ws") + " 2>&1");
    };
    Result plain = fetch("host: mail.example.com\nuser: a\npassword: hunter2\n");
    CHECK(plain.code == 3);
    CHECK(plain.out.find("mail.yaml:3: 不接受明文密码") != std::string::npos);
    Result typo = fetch("host: mail.example.com\nuser: a\npassword_env: X\nmark_sen: true\n");
    CHECK(typo.code == 3);
    CHECK(typo.out.find("mail.yaml:4: 未知的设置“mark_sen”") != std::string::npos);
    Result env = fetch("host: mail.example.com\nuser: a\npassword_env: DOSSIER_TEST_NO_SUCH_VAR\n");
    CHECK(env.code == 3);
    CHECK(env.out.find("mail.yaml:3: 环境变量 DOSSIER_TEST_NO_SUCH_VAR 未设置") != std::string::npos);
}

namespace {

// `dossier watch` (or `serve`) as a child process, its log in a file; stopped when the object
// goes away.
class WatchProcess {
  public:
    WatchProcess(const Fixture& f, const fs::path& out, const std::string& args,
                 const std::string& command = "watch")
        : log_(f.t / (command + ".log")) {
        std::string cmd = "exec " + dossier_cmd() + " " + command + " " + q(f.inbox) + " -o " +
                          q(out) + " --workspace " + q(f.ws) + " " + args + " > " + q(log_) +
                          " 2>&1";
        pid_ = ::fork();
        if (pid_ == 0) {
            ::execl("/bin/sh", "sh", "-c", cmd.c_str(), static_cast<char*>(nullptr));
            ::_exit(127);
        }
    }
    ~WatchProcess() {
        ::kill(pid_, SIGTERM);
        ::waitpid(pid_, nullptr, 0);
    }
    std::string log() const { return slurp(log_); }
    bool wait_for(const std::string& text, int seconds = 60) const {
        for (int i = 0; i < seconds * 20; ++i) {
            if (log().find(text) != std::string::npos) return true;
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
        return false;
    }

  private:
    fs::path log_;
    pid_t pid_ = -1;
};

}  // namespace

TEST_CASE("fetch_mail: watch --mail-config fetches at start and every --mail-every minutes, "
          "a failed fetch is logged and watch goes on", "[intake][dovecot]") {
    if (!Dovecot::available()) {
        WARN("未安装 /usr/sbin/dovecot（Debian 包 dovecot-imapd），跳过 IMAP 测试");
        return;
    }
    Fixture f;
    {
        WatchProcess w(f, f.t / "out", "--mail-config " + q(f.config("mail.yaml", "hostile", "")) +
                                           " --mail-every 0.05");
        bool saved = w.wait_for("已保存：市财政局/邮件/20201109_after.eml", 30);
        INFO(w.log());
        REQUIRE(saved);
        REQUIRE(w.wait_for("可确认 "));
        f.server.deliver("hostile", hostile("late"));
        INFO(w.log());
        CHECK(w.wait_for("已保存：市财政局/邮件/20201109_late.eml"));
    }
    write(f.pw, "wrong\n");
    WatchProcess bad(f, f.t / "out2", "--mail-config " + q(f.config("mail.yaml", "hostile", "")));
    INFO(bad.log());
    CHECK(bad.wait_for("收信失败：邮箱登录失败"));
    CHECK(bad.wait_for("可确认 "));
}

TEST_CASE("fetch_mail: serve --mail-config fetches at start and every --mail-every minutes, "
          "a failed fetch is logged and the portal goes on", "[intake][dovecot]") {
    if (!Dovecot::available()) {
        WARN("未安装 /usr/sbin/dovecot（Debian 包 dovecot-imapd），跳过 IMAP 测试");
        return;
    }
    Fixture f;
    {
        WatchProcess s(f, f.t / "out",
                       "--listen 127.0.0.1:0 --settle 0.2 --mail-config " +
                           q(f.config("mail.yaml", "hostile", "")) + " --mail-every 0.05",
                       "serve");
        bool saved = s.wait_for("已保存：市财政局/邮件/20201109_after.eml", 30);
        INFO(s.log());
        REQUIRE(saved);
        CHECK(fs::exists(f.inbox / "市财政局" / "邮件" / "20201109_after.eml"));
        f.server.deliver("hostile", hostile("late"));
        CHECK(s.wait_for("已保存：市财政局/邮件/20201109_late.eml"));
        CHECK(fs::exists(f.inbox / "市财政局" / "邮件" / "20201109_late.eml"));
    }
    write(f.pw, "wrong\n");
    WatchProcess bad(f, f.t / "out2",
                     "--listen 127.0.0.1:0 --mail-config " + q(f.config("mail.yaml", "hostile", "")),
                     "serve");
    INFO(bad.log());
    CHECK(bad.wait_for("收信失败：邮箱登录失败"));
    CHECK(bad.wait_for("门户已启动"));
}
