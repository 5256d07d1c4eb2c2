// Hostile and everyday mail through the real binary (issue 22): every .eml in the inbox is a
// container, each of its parts accounted for, nothing written outside the workspace, peak RSS
// bounded. Every message is generated here.
#include <string>
#include <vector>

#include "common/mail_gen.hpp"
#include "harness.hpp"

using namespace dossier::hostile;
namespace gen = dossier::test::mail;

namespace {

const std::string kFrom = "\"" + gen::word_b("市政务公开办 王五") + "\" <zwgk@example.cn>";

// `n` attachments of one small content, each with its own name.
std::string many_parts(int n) {
    std::vector<std::string> parts;
    parts.reserve(n);
    for (int i = 0; i < n; ++i)
        parts.push_back(gen::attachment("filename=\"p" + std::to_string(i) + ".txt\"",
                                        "2020年政务公开材料\n", "text/plain"));
    return gen::message(kFrom, "10000 parts", parts);
}

// `levels` multiparts inside each other, one attachment at the top and one at the bottom.
std::string nested_multiparts(int levels) {
    std::string body = gen::attachment("filename=\"deep.txt\"", "最深处的附件\n", "text/plain");
    for (int i = levels; i > 0; --i) {
        const std::string b = "b" + std::to_string(i);
        body = "Content-Type: multipart/mixed; boundary=\"" + b + "\"\r\n\r\n--" + b + "\r\n" +
               body + "--" + b + "--\r\n";
    }
    return gen::message(
        kFrom, "nested",
        {gen::attachment("filename=\"top.txt\"", "顶层附件\n", "text/plain"), body});
}

// A mail forwarded `levels` times, a text attachment in the innermost.
std::string forwarded_chain(int levels) {
    std::string m = gen::message(
        kFrom, "level0", {gen::attachment("filename=\"bottom.txt\"", "底层\n", "text/plain")}, "x",
        "Tue, 12 May 2020 10:00:00 +0800", "fb0");
    for (int i = 1; i < levels; ++i)
        m = gen::message(kFrom, "level" + std::to_string(i), {gen::forwarded(m)}, "x",
                         "Tue, 12 May 2020 10:00:00 +0800", "fb" + std::to_string(i));
    return m;
}

// A 50 MB header (one folded field), then an attachment.
std::string huge_header() {
    std::string line(998, 'a');
    std::string junk = "X-Junk: start\r\n";
    junk.reserve(51u << 20);
    while (junk.size() < (50u << 20)) junk += " " + line + "\r\n";
    std::string m =
        gen::message(kFrom, "huge header",
                     {gen::attachment("filename=\"after.txt\"", "头部之后\n", "text/plain")});
    return m.insert(m.find("MIME-Version:"), junk);
}

std::string broken_encodings() {
    return gen::message(
        kFrom, "broken",
        {"Content-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n"
         "Content-Disposition: attachment; filename=\"broken64.pdf\"\r\n\r\n%%%%!!!!JVBER***"
         "not=base64=at=all\r\n",
         "Content-Type: text/plain\r\nContent-Transfer-Encoding: quoted-printable\r\n"
         "Content-Disposition: attachment; filename=\"brokenqp.txt\"\r\n\r\n=ZZ=E4=B8=\r\n=\r\n"});
}

}  // namespace

TEST_CASE("mail: hostile mails are each accounted for and escape nothing", "[hostile]") {
    Layout L;
    write(L.in("10000个部分.eml"), many_parts(10000));
    write(L.in("嵌套100层.eml"), nested_multiparts(100));
    write(L.in("转发100层.eml"), forwarded_chain(100));
    write(L.in("50MB头部.eml"), huge_header());
    write(L.in("编码损坏.eml"), broken_encodings());
    write(L.in("路径越界.eml"),
          gen::message(kFrom, "escape",
                       {gen::attachment("filename=\"../../etc/x.pdf\"", gen::pdf("x")),
                        gen::attachment("filename=\"../../../../outside/pwned.txt\"", "pwned")}));
    write(L.in("假PDF.eml"),
          gen::message(kFrom, "fake", {gen::attachment("filename=\"报告.pdf\"", pe_exe())}));
    write(L.in("无附件.eml"), gen::message(kFrom, "没有附件", {}, "请查收"));
    const Snapshot before = snapshot(L.inbox);

    Build b = load(L, run_build(L, 0));
    dump(b.report);
    check_rss();
    check_no_escape(L);
    CHECK(snapshot(L.inbox) == before);
    for (const json* j : {&b.report, &b.manifest}) {
        check_accounting(*j, before);
        // 10,000 parts of one content: one file, the rest its duplicates.
        int many = 0;
        for (const char* list : {"files", "duplicates"})
            for (const auto& e : (*j)[list])
                if (e["source"].get<std::string>().starts_with(u("10000个部分.eml!/"))) ++many;
        CHECK(many == 10000);
        expect(*j, u("嵌套100层.eml!/top.txt"), Where::files);
        expect(*j, u("嵌套100层.eml"), Where::rejected, "嵌套超过");
        expect(*j, u("转发100层.eml!/level98.eml!/level97.eml!/level96.eml"), Where::rejected,
               "嵌套超过");
        expect(*j, u("50MB头部.eml!/after.txt"), Where::files);
        // Broken base64 decodes to what its valid characters say ("%PDF" and junk): listed, and
        // never packaged as a document.
        CHECK(sources(*j).count(u("编码损坏.eml!/broken64.pdf")) == 1);
        CHECK(sources(*j).count(u("编码损坏.eml!/brokenqp.txt")) == 1);
        expect(*j, u("路径越界.eml!/../../etc/x.pdf"), Where::rejected, "越界");
        expect(*j, u("路径越界.eml!/../../../../outside/pwned.txt"), Where::rejected, "越界");
        expect(*j, u("假PDF.eml!/报告.pdf"), Where::rejected,
               "不是PDF 文件（实际是：PE 可执行程序）");
        expect(*j, u("无附件.eml"), Where::rejected, "邮件中没有附件");
    }
    for (const auto& f : b.manifest["files"]) {
        INFO(f["source"]);
        CHECK(f["mail"].is_object());
    }
    if (const json* broken = find(b.manifest, "files", u("编码损坏.eml!/broken64.pdf")))
        CHECK((*broken)["path"].is_null());
    check_verify(b);
}

TEST_CASE("mail: a mail at the top of the inbox: names, unit, provenance and 超大附件 links",
          "[hostile]") {
    Layout L;
    const std::string zip = gen::stored_zip(
        {{gen::encode("南孟镇/2020年政务公开工作要点.txt"), "2020年政务公开工作要点\n"}});
    const std::string inner = gen::message(
        "\"" + gen::word_b("南孟镇 李四") + "\" <nmz@example.cn>", gen::word_b("南孟镇材料"),
        {gen::attachment("filename=\"" + gen::encode("南孟镇材料.zip") + "\"", zip,
                         "application/zip")},
        "见附件", "Mon, 11 May 2020 09:30:00 +0800", "inner");
    const std::string link = "https://wx.mail.qq.com/ftn/download?func=3&key=abc&code=42";
    write(L.inbox / "邮件.eml",
          gen::message(kFrom, gen::word_b("市财政局2020年预算公开材料"),
                       {gen::attachment("filename=\"" + gen::encode("2020年预算公开.txt") + "\"",
                                        "2020年市财政局预算公开\n", "text/plain"),
                        gen::forwarded(inner)},
                       "超大附件：" + link));
    const Snapshot before = snapshot(L.inbox);

    Build b = load(L, run_build(L, 0));
    dump(b.report);
    for (const json* j : {&b.report, &b.manifest}) {
        check_accounting(*j, before);
        const json* top = find(*j, "files", "邮件.eml!/2020年预算公开.txt");
        REQUIRE(top);
        CHECK((*top)["unit"] == "市财政局");
        CHECK((*top)["mail"]["subject"] == "市财政局2020年预算公开材料");
        CHECK((*top)["mail"]["from"] == "市政务公开办 王五 <zwgk@example.cn>");
        CHECK((*top)["mail"]["date"] == "2020-05-12T10:00:00+08:00");
        const json* deep =
            find(*j, "files",
                 "邮件.eml!/南孟镇材料.eml!/南孟镇材料.zip!/南孟镇/2020年政务公开工作要点.txt");
        REQUIRE(deep);
        CHECK((*deep)["mail"]["subject"] == "南孟镇材料");  // the innermost message
        CHECK((*deep)["mail"]["from"] == "南孟镇 李四 <nmz@example.cn>");
        CHECK((*deep)["unit"] == "市财政局");  // the top mail's subject names the unit
    }
    const std::string note = "邮件含超大附件链接，需手动下载：" + link + "（邮件.eml）";
    CHECK(std::find(b.report["notes"].begin(), b.report["notes"].end(), note) !=
          b.report["notes"].end());
    const std::string html = slurp(L.out / "report.html");
    CHECK_THAT(html, Catch::Contains("邮件含超大附件链接，需手动下载："));
    CHECK_THAT(html, Catch::Contains("来自邮件「南孟镇材料」"));
}
