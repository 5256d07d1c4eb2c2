// extractors/mail: a saved e-mail read as a container (names in the encodings Chinese clients
// write, forwarded mail, provenance, 超大附件 links). Every message is generated here.
#include <catch2/catch.hpp>

#include <clocale>
#include <string>
#include <vector>

#include "common/files.hpp"
#include "common/mail_gen.hpp"
#include "extractors/archive_reader.hpp"
#include "extractors/magic.hpp"
#include "extractors/mail.hpp"

namespace fs = std::filesystem;
using namespace dossier;
namespace gen = dossier::test::mail;

namespace {

struct Read {
    test::Scratch scratch{"dossier-mail"};
    MailListing listing;
    explicit Read(const std::string& message) {
        test::write(scratch / "m.eml", message);
        auto l = read_mail(scratch / "m.eml", scratch / "blobs");
        REQUIRE(l);
        listing = std::move(*l);
    }
};

std::vector<std::string> names(const MailListing& l) {
    std::vector<std::string> out;
    for (const auto& m : l.members) out.push_back(m.name);
    return out;
}

const std::string kFrom = "\"" + gen::word_b("市财政局 张三") + "\" <czj@example.cn>";

}  // namespace

TEST_CASE("mail: a saved mail sniffs as eml, a browser's web archive stays mhtml", "[extractors]") {
    CHECK(magic::sniff(gen::message(kFrom, "x", {})) == "eml");
    CHECK(magic::sniff("From - Tue May 12 10:00:00 2020\r\n" + gen::message(kFrom, "x", {})) ==
          "eml");
    CHECK(magic::sniff("From: <Saved by Blink>\r\nSnapshot-Content-Location: http://a/\r\n"
                       "Subject: a\r\nDate: x\r\nMIME-Version: 1.0\r\nContent-Type: "
                       "multipart/related; boundary=b\r\n\r\n--b--\r\n") == "mhtml");
    CHECK(magic::sniff("Subject: 会议纪要\r\n\r\n正文") == "text");
    CHECK(magic::sniff("From: a\r\nthis is no header\r\n") == "text");
}

TEST_CASE("mail: GBK names as Foxmail, Outlook and QQ Mail write them are decoded",
          "[extractors]") {
    const std::string pdf = gen::pdf("budget");
    Read r(gen::message(
        kFrom, gen::word_b("2020年预算公开"),
        {
            // QQ Mail / Foxmail: raw GBK bytes inside the quotes.
            gen::attachment("filename=\"" + gen::encode("2020年预算公开.pdf") + "\"", pdf),
            // Outlook: an RFC 2047 word in GBK inside the quotes.
            gen::attachment("filename=\"" + gen::word_b("部门决算.pdf") + "\"", pdf + " "),
            // RFC 2047 Q in GB2312.
            gen::attachment("filename=\"" + gen::word_q("政务公开报表.pdf", "GB2312") + "\"",
                            pdf + "  "),
            // Raw GB18030 in Content-Type's name only.
            "Content-Type: application/pdf; name=\"" + gen::encode("会议纪要.pdf", "GB18030") +
                "\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" + gen::base64(pdf + "   ") +
                "\r\n",
        }));
    CHECK(names(r.listing) == std::vector<std::string>{"2020年预算公开.pdf", "部门决算.pdf",
                                                       "政务公开报表.pdf", "会议纪要.pdf"});
    REQUIRE(r.listing.members.size() == 4);
    CHECK(r.listing.members[0].size == pdf.size());
    CHECK(test::slurp(r.listing.members[0].blob) == pdf);
    CHECK(magic::sniff(r.listing.members[0].head) == "pdf");
    CHECK(r.listing.incomplete.empty());
    CHECK(r.listing.info.subject == "2020年预算公开");
    CHECK(r.listing.info.from == "市财政局 张三 <czj@example.cn>");
    CHECK(r.listing.info.date == "2020-05-12T10:00:00+08:00");
}

// "filename*0*=<charset>''<chunk>;\r\n filename*1*=<chunk>…", chunks cut between escapes.
std::string continued(const std::string& charset, const std::string& encoded, size_t chunk) {
    std::string out;
    int n = 0;
    for (size_t i = 0; i < encoded.size(); ++n) {
        size_t end = std::min(encoded.size(), i + chunk);
        while (end < encoded.size() &&
               (encoded[end - 1] == '%' || (end >= 2 && encoded[end - 2] == '%')))
            ++end;
        out += (n ? ";\r\n filename*" : "filename*") + std::to_string(n) +
               "*=" + (n ? "" : charset + "''") + encoded.substr(i, end - i);
        i = end;
    }
    return out;
}

TEST_CASE("mail: RFC 2231 names with continuations in UTF-8 and GBK", "[extractors]") {
    const std::string utf8 = gen::pct("2020年政府信息公开工作年度报告.pdf");
    const std::string gbk = gen::pct(gen::encode("关于印发实施方案的通知.docx"));
    Read r(gen::message(kFrom, "rfc2231",
                        {gen::attachment(continued("UTF-8", utf8, 30), "one"),
                         gen::attachment(continued("gbk", gbk, 20), "two")}));
    CHECK(names(r.listing) == std::vector<std::string>{"2020年政府信息公开工作年度报告.pdf",
                                                       "关于印发实施方案的通知.docx"});
}

TEST_CASE("mail: the body is not a member, and a mail without attachments says so", "[extractors]") {
    Read r(gen::message(kFrom, "no attachments", {}, "市财政局报送的材料见附件"));
    CHECK(r.listing.members.empty());
    CHECK(r.listing.incomplete == kNoAttachment);
    CHECK(r.listing.body.find("市财政局") != std::string::npos);
}

TEST_CASE("mail: two attachments with one name, and a name that escapes", "[extractors]") {
    Read r(gen::message(
        kFrom, "dups",
        {gen::attachment("filename=\"a.pdf\"", "1"), gen::attachment("filename=\"a.pdf\"", "2"),
         gen::attachment("filename=\"../../etc/x.pdf\"", "3")}));
    CHECK(names(r.listing) == std::vector<std::string>{"a.pdf", "a (2).pdf"});
    REQUIRE(r.listing.refused.size() == 1);
    CHECK(r.listing.refused[0].name == "../../etc/x.pdf");
    CHECK_THAT(r.listing.refused[0].reason, Catch::Contains("越界"));
    CHECK_THAT(r.listing.incomplete, Catch::Contains("邮件未能完整读取"));
}

TEST_CASE("mail: a forwarded mail is a member that opens with its own provenance and zip",
          "[extractors]") {
    std::setlocale(LC_ALL, "C.UTF-8");
    const std::string zip = gen::stored_zip({{gen::encode("乡镇材料/2020年工作要点.txt"), "要点"}});
    const std::string inner = gen::message(
        "\"" + gen::word_b("南孟镇 李四") + "\" <nmz@example.cn>", gen::word_b("转发：南孟镇材料"),
        {gen::attachment("filename=\"" + gen::encode("南孟镇材料.zip") + "\"", zip,
                         "application/zip")},
        "见附件", "Mon, 11 May 2020 09:30:00 +0800", "inner-boundary");
    Read r(gen::message(kFrom, "Fw", {gen::forwarded(inner)}));
    REQUIRE(r.listing.members.size() == 1);
    const ArchiveMember& fwd = r.listing.members[0];
    CHECK(fwd.name == "转发：南孟镇材料.eml");
    CHECK(magic::sniff(fwd.head) == "eml");

    auto nested = read_mail(fwd.blob, r.scratch / "blobs");
    REQUIRE(nested);
    CHECK(nested->info.subject == "转发：南孟镇材料");
    CHECK(nested->info.from == "南孟镇 李四 <nmz@example.cn>");
    CHECK(nested->info.date == "2020-05-11T09:30:00+08:00");
    REQUIRE(names(*nested) == std::vector<std::string>{"南孟镇材料.zip"});
    auto listing = read_archive(nested->members[0].blob, r.scratch / "blobs");
    REQUIRE(listing);
    REQUIRE(listing->members.size() == 1);
    CHECK(listing->members[0].name == "乡镇材料/2020年工作要点.txt");
    CHECK(listing->members[0].name_decoded);
}

TEST_CASE("mail: 超大附件 links of common mail services are found in text and HTML bodies",
          "[extractors]") {
    const std::string qq = "https://wx.mail.qq.com/ftn/download?func=3&k=abc&key=def&code=123";
    const std::string netease =
        "https://mail.163.com/large-attachment-download/index.html?p=X&file=Y";
    const std::string ms = "https://1drv.ms/b/s!AbCdEf";
    const std::string text = "超大附件：\n" + qq + "\n另见 <a href=\"" + netease +
                             "\">下载</a>，以及 " + ms + "。普通链接 https://www.example.cn/a.pdf";
    CHECK(large_attachment_links(text) == std::vector<std::string>{qq, netease, ms});
    CHECK(
        large_attachment_links("http://mail.qq.com/cgi-bin/ftnExs_download?k=1&t=exs_ftn_download")
            .size() == 1);
    CHECK(large_attachment_links(
              "https://dashi.163.com/html/cloud-attachment-download/index.html?x=1")
              .size() == 1);
    CHECK(large_attachment_links("https://www.gov.cn/zhengce/ https://mail.qq.com/").empty());

    const std::string html = "<html><body><p>市财政局</p><a href=\"" + qq +
                             "&amp;x=1\">2020年预算.zip</a></body></html>";
    Read r(gen::message(kFrom, "big", {}, ""));
    Read h(
        "From: a <a@b.cn>\r\nSubject: big\r\nDate: Tue, 12 May 2020 10:00:00 +0800\r\n"
        "MIME-Version: 1.0\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n" +
        html);
    CHECK(h.listing.large_links == std::vector<std::string>{qq + "&x=1"});
    CHECK(h.listing.body.find("<p>") == std::string::npos);
    CHECK(h.listing.body.find("市财政局") != std::string::npos);
    CHECK(h.listing.incomplete == kNoAttachment);
}

TEST_CASE("mail: the MIME fuzz target's findings replay cleanly", "[extractors]") {
    // tests/fuzz/regressions/mime/: each input through the fuzz target's path and checks.
    const fs::path dir = fs::path(DOSSIER_SOURCE_DIR) / "tests/fuzz/regressions/mime";
    int n = 0;
    for (const auto& e : fs::directory_iterator(dir)) {
        INFO(e.path());
        ++n;
        const std::string in = test::slurp(e.path());
        CHECK_NOTHROW(magic::sniff(in));
        test::Scratch s("dossier-mail-fuzz");
        test::write(s / "in.eml", in);
        auto r = read_mail(s / "in.eml", s / "blobs");
        if (!r) {
            CHECK_FALSE(r.error().reason.empty());
            continue;
        }
        for (const auto& m : r->members) CHECK_FALSE(escapes_root(m.name));
        for (const auto& l : large_attachment_links(in)) CHECK((l[0] == 'h' || l[0] == 'H'));
    }
    CHECK(n >= 1);
}

TEST_CASE("magic: an MZ header whose PE offset is near 4 GiB is not read past the head",
          "[extractors]") {
    std::string h = "MZ" + std::string(62, 'x');
    h[0x3C] = h[0x3D] = h[0x3E] = h[0x3F] = '\xFF';
    CHECK(magic::sniff(h + "more text") != "pe");
}
