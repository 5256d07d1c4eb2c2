// server/upload + server/thumbnail through a real `dossier serve` on 127.0.0.1: hostile upload
// names land under safe names inside INBOX/<unit>/, limits answer 413 and store nothing, a
// killed server leaves nothing partial, withdrawals and downloads are the owner's (or the
// office's) only, and thumbnails blur ID numbers.
#include <catch2/catch.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include <leptonica/allheaders.h>
#include <nlohmann/json.hpp>

#include "common/files.hpp"
#include "model/sha256.hpp"
#include "server/harness.hpp"
#include "server/thumbnail.hpp"
#include "server/upload.hpp"

namespace fs = std::filesystem;
using json = nlohmann::json;
using namespace dossier;
using namespace dossier::test;

namespace {

// A one-page PDF (Helvetica) showing `text` large near the top: enough for Poppler's word boxes.
std::string pdf_with(const std::string& text) {
    const std::string content = "BT /F1 20 Tf 60 700 Td (" + text + ") Tj ET";
    const std::vector<std::string> objs = {
        "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R "
        ">> >> /Contents 4 0 R >>",
        "<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content +
            "\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
    std::string out = "%PDF-1.4\n";
    std::vector<size_t> offsets;
    for (size_t i = 0; i < objs.size(); ++i) {
        offsets.push_back(out.size());
        out += std::to_string(i + 1) + " 0 obj\n" + objs[i] + "\nendobj\n";
    }
    const size_t xref = out.size();
    out += "xref\n0 " + std::to_string(objs.size() + 1) + "\n0000000000 65535 f \n";
    char line[32];
    for (size_t o : offsets) {
        std::snprintf(line, sizeof line, "%010zu 00000 n \n", o);
        out += line;
    }
    out += "trailer\n<< /Size " + std::to_string(objs.size() + 1) +
           " /Root 1 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
    return out;
}

// Pixels darker than text grey in a PNG: what is left readable of black text.
int dark_pixels(const std::string& png) {
    PIX* pix = pixReadMem(reinterpret_cast<const l_uint8*>(png.data()), png.size());
    REQUIRE(pix);
    PIX* g = pixConvertTo8(pix, 0);
    int n = 0;
    for (int y = 0; y < pixGetHeight(g); ++y)
        for (int x = 0; x < pixGetWidth(g); ++x) {
            l_uint32 v = 0;
            pixGetPixel(g, x, y, &v);
            if (v < 100) ++n;
        }
    pixDestroy(&g);
    pixDestroy(&pix);
    return n;
}

// Sharp horizontal steps (neighbours differing by more than 48 grey levels) in a PNG: what
// blurring removes, whatever the picture's colours.
int sharp_edges(const std::string& png) {
    PIX* pix = pixReadMem(reinterpret_cast<const l_uint8*>(png.data()), png.size());
    REQUIRE(pix);
    PIX* g = pixConvertTo8(pix, 0);
    int n = 0;
    for (int y = 0; y < pixGetHeight(g); ++y)
        for (int x = 1; x < pixGetWidth(g); ++x) {
            l_uint32 a = 0, b = 0;
            pixGetPixel(g, x - 1, y, &a);
            pixGetPixel(g, x, y, &b);
            if (a > b + 48 || b > a + 48) ++n;
        }
    pixDestroy(&g);
    pixDestroy(&pix);
    return n;
}

// Every file below `dir`, relative, sorted (hidden ones included).
std::vector<std::string> files_below(const fs::path& dir) {
    std::vector<std::string> out;
    if (!fs::exists(dir)) return out;
    for (const auto& e : fs::recursive_directory_iterator(dir))
        if (e.is_regular_file()) out.push_back(fs::relative(e.path(), dir).string());
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace

namespace {

// A raw connection that sends a multipart upload's headers and the first half of its body, then
// stalls (the server waits for the rest): what a slow client or a cut cable looks like.
struct HalfUpload {
    int fd = -1;
    HalfUpload(int port, const std::string& cookie, const std::string& csrf, size_t size) {
        fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_port = htons(static_cast<uint16_t>(port));
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        REQUIRE(::connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0);
        const std::string boundary = "----dossierhalf";
        const std::string head = "--" + boundary +
                                 "\r\nContent-Disposition: form-data; name=\"file\"; "
                                 "filename=\"半截.bin\"\r\nContent-Type: "
                                 "application/octet-stream\r\n\r\n";
        const std::string tail = "\r\n--" + boundary + "--\r\n";
        const std::string req =
            "POST /api/upload HTTP/1.1\r\nHost: 127.0.0.1:" + std::to_string(port) +
            "\r\nCookie: " + cookie + "\r\nX-CSRF-Token: " + csrf +
            "\r\nContent-Type: multipart/form-data; boundary=" + boundary +
            "\r\nContent-Length: " + std::to_string(head.size() + size + tail.size()) +
            "\r\n\r\n" + head + std::string(size / 2, 'h');
        REQUIRE(::send(fd, req.data(), req.size(), MSG_NOSIGNAL) == static_cast<ssize_t>(req.size()));
    }
    ~HalfUpload() {
        if (fd >= 0) ::close(fd);
    }
};

}  // namespace

namespace {

const std::string kFin = "市财政局";

// A portal over an empty inbox, with office, fin (市财政局) and dev (市发展和改革局).
struct Portal : PortalBase {
    explicit Portal(std::vector<std::string> extra = {}) : PortalBase("dossier-upload") {
        std::filesystem::create_directories(root / "ws");
        serve = std::make_unique<ServeProcess>(root.path(), std::move(extra));
        serve->add_user("office", kOfficePw);
        serve->add_user("fin", kFinPw, "财政局");
        serve->add_user("dev", kDevPw, "市发展和改革局");
    }
    fs::path unit_dir() const { return serve->inbox() / kFin; }
};

struct Upload {
    std::string name, bytes;
};

httplib::Result upload(Client& c, const std::vector<Upload>& files, const std::string& unit = "",
                       bool with_csrf = true) {
    httplib::MultipartFormDataItems items;
    for (const auto& f : files) items.push_back({"file", f.bytes, f.name, "application/octet-stream"});
    if (!unit.empty()) items.push_back({"unit", unit, "", ""});
    return c.http().Post("/api/upload", c.headers(with_csrf), items);
}

// Uploads one file and returns its id (the first 16 hex chars of its sha256).
std::string upload_one(Client& c, const std::string& name, const std::string& bytes,
                       const std::string& unit = "") {
    auto r = upload(c, {{name, bytes}}, unit);
    REQUIRE(r);
    INFO(r->body);
    REQUIRE(r->status == 201);
    return body_of(r)[0]["sha256"].get<std::string>().substr(0, 16);
}

std::string zip_of(const Scratch& d, const std::string& member, const std::string& text) {
    const fs::path out = d / "made.zip";
    const std::string cmd = "python3 -c \"import zipfile,sys; z=zipfile.ZipFile(sys.argv[1],'w');"
                            " z.writestr(sys.argv[2], sys.argv[3]); z.close()\" " +
                            shell_quote(out.string()) + " " + shell_quote(member) + " " +
                            shell_quote(text);
    REQUIRE(std::system(cmd.c_str()) == 0);
    return slurp(out);
}

// The id of the /api/files entry whose source is `source`, "" when none.
std::string id_of(Client& c, const std::string& source) {
    for (const auto& f : body_of(c.get("/api/files")))
        if (f["source"] == source) return f["id"];
    return {};
}

}  // namespace

TEST_CASE("upload: hostile names land under safe names inside INBOX/<unit>/", "[server]") {
    Portal p;
    Client fin = p.as("fin", kFinPw);
    std::string longname;
    while (longname.size() < 300) longname += "关于政务公开";
    const std::vector<Upload> files = {{"../../escape.txt", "one"},
                                       {"/etc/passwd", "two"},
                                       {std::string("nul\0byte.txt", 12), "three"},
                                       {"关于\u202Efdp.exe", "four"},
                                       {longname + ".pdf", "five"},
                                       {"..", "six"}};
    auto r = upload(fin, files);
    REQUIRE(r);
    INFO(r->body);
    REQUIRE(r->status == 201);
    const json stored = body_of(r);
    REQUIRE(stored.size() == files.size());
    for (size_t i = 0; i < files.size(); ++i) {
        const std::string name = stored[i]["name"];
        INFO(name);
        CHECK(name.find('/') == std::string::npos);
        CHECK(name.find('\\') == std::string::npos);
        CHECK(name.find('\0') == std::string::npos);
        CHECK(name.find("\u202E") == std::string::npos);
        CHECK(name.size() <= 200);
        CHECK_FALSE(name.starts_with("."));
        CHECK(stored[i]["size"] == files[i].bytes.size());
        CHECK(stored[i]["sha256"] == sha256_hex(files[i].bytes));
        CHECK(slurp(p.unit_dir() / name) == files[i].bytes);
        CHECK((fs::status(p.unit_dir() / name).permissions() & fs::perms::others_read) !=
              fs::perms::none);
    }
    CHECK(stored[0]["name"] == "escape.txt");
    CHECK(stored[1]["name"] == "passwd");
    CHECK(stored[2]["name"] == "nulbyte.txt");
    CHECK(stored[3]["name"] == "关于fdp.exe");
    CHECK(stored[4]["name"].get<std::string>().ends_with(".pdf"));
    CHECK(stored[5]["name"] == "上传文件");
    // Everything is inside the unit's folder; nothing escaped next to the inbox.
    for (const auto& f : files_below(p.serve->inbox())) CHECK(f.starts_with(kFin + "/"));
    CHECK(files_below(p.serve->inbox()).size() == files.size());
    CHECK_FALSE(fs::exists(p.root / "escape.txt"));
    CHECK(files_below(p.serve->workspace() / "intake-tmp").empty());
    // Each upload is in the audit log.
    const json log = json::parse(p.serve->user("log --json").out, nullptr, false);
    int uploads = 0;
    for (const auto& e : log) uploads += e["action"] == "upload" && e["user"] == "fin";
    CHECK(uploads == static_cast<int>(files.size()));
}

TEST_CASE("upload: two uploads of one name keep both files, and a zip is stored as is and opened",
          "[server]") {
    Portal p;
    Client fin = p.as("fin", kFinPw);
    Client office = p.as("office", kOfficePw);
    upload_one(fin, "报告.txt", "第一份报告\n");
    auto r = upload(fin, {{"报告.txt", "第二份报告\n"}});
    REQUIRE(r);
    REQUIRE(r->status == 201);
    CHECK(body_of(r)[0]["name"] == "报告 (2).txt");
    CHECK(slurp(p.unit_dir() / "报告.txt") == "第一份报告\n");
    CHECK(slurp(p.unit_dir() / "报告 (2).txt") == "第二份报告\n");

    Scratch d;
    const std::string zip = zip_of(d, "通知.txt", "关于公开2020年预算的通知\n2020年3月1日\n");
    const std::string zip_id = upload_one(fin, "材料.zip", zip);
    CHECK(slurp(p.unit_dir() / "材料.zip") == zip);
    // The office uploads into a unit by naming it.
    upload_one(office, "办公室代传.txt", "代传\n", "财政局");
    CHECK(fs::exists(p.unit_dir() / "办公室代传.txt"));
    // The rebuild the uploads asked for opens the zip: its member is listed, and withdrawing
    // the member alone is refused.
    std::string member_id;
    REQUIRE(wait_until([&] { return !(member_id = id_of(fin, kFin + "/材料.zip!/通知.txt")).empty(); },
                       60));
    auto m = fin.del("/api/files/" + member_id);
    REQUIRE(m);
    CHECK(m->status == 409);
    CHECK(body_of(m)["error"].get<std::string>().find("压缩包") != std::string::npos);
    CHECK(fs::exists(p.unit_dir() / "材料.zip"));
    // The archive itself can be withdrawn.
    auto w = fin.del("/api/files/" + zip_id);
    REQUIRE(w);
    CHECK(w->status == 204);
    CHECK_FALSE(fs::exists(p.unit_dir() / "材料.zip"));
}

TEST_CASE("upload: over the per-file and per-unit limits: 413 and nothing stored", "[server]") {
    Portal p({"--max-upload-mb", "1", "--unit-quota-mb", "2"});
    Client fin = p.as("fin", kFinPw);
    Client office = p.as("office", kOfficePw);
    auto big = upload(fin, {{"大文件.bin", std::string(1536 << 10, 'b')}});
    REQUIRE(big);
    CHECK(big->status == 413);
    CHECK(body_of(big)["error"].get<std::string>().find("单个文件上限") != std::string::npos);
    CHECK(files_below(p.serve->inbox()).empty());

    const std::string part(800 << 10, 'p');
    upload_one(fin, "a.bin", part);
    upload_one(fin, "b.bin", part + "b");
    auto third = upload(fin, {{"c.bin", part + "c"}});
    REQUIRE(third);
    CHECK(third->status == 413);
    CHECK(body_of(third)["error"].get<std::string>().find("上限") != std::string::npos);
    auto by_office = upload(office, {{"d.bin", part + "d"}}, "市财政局");
    REQUIRE(by_office);
    CHECK(by_office->status == 413);
    CHECK(files_below(p.serve->inbox()).size() == 2);
    CHECK(files_below(p.serve->workspace() / "intake-tmp").empty());
    // Another unit's quota is its own.
    upload_one(office, "e.bin", part, "市发展和改革局");
}

TEST_CASE("upload: uploads at the same moment never pass the quota together", "[server]") {
    Portal p({"--max-upload-mb", "1", "--unit-quota-mb", "2"});
    const std::string part(800 << 10, 'p');
    std::vector<Client> sessions;  // logged in first: Catch's assertions stay on this thread
    for (int i = 0; i < 6; ++i) sessions.push_back(p.as("fin", kFinPw));
    std::vector<int> status(sessions.size(), 0);
    std::vector<std::thread> clerks;
    for (size_t i = 0; i < sessions.size(); ++i)
        clerks.emplace_back([&, i] {
            auto r = upload(sessions[i], {{"同时" + std::to_string(i) + ".bin", part + std::to_string(i)}});
            status[i] = r ? r->status : -1;
        });
    for (auto& t : clerks) t.join();
    CHECK(std::count(status.begin(), status.end(), 201) == 2);  // 2 × 800 KB fit in 2 MB, 3 do not
    CHECK(std::count(status.begin(), status.end(), 413) == 4);
    CHECK(files_below(p.unit_dir()).size() == 2);
}

TEST_CASE("upload: who may upload where, and the request checks", "[server]") {
    Portal p;
    Client fin = p.as("fin", kFinPw);
    Client office = p.as("office", kOfficePw);
    Client anon(p.serve->url());
    auto other = upload(fin, {{"x.txt", "x"}}, "市发展和改革局");
    REQUIRE(other);
    CHECK(other->status == 404);  // a unit never writes into another's folder
    auto own = upload(fin, {{"x.txt", "x"}}, "财政局");
    REQUIRE(own);
    CHECK(own->status == 201);
    auto no_unit = upload(office, {{"y.txt", "y"}});
    REQUIRE(no_unit);
    CHECK(no_unit->status == 400);
    // Not a unit by any rule (a name ending in 局 would be a department the table does not name).
    auto unknown = upload(office, {{"y.txt", "y"}}, "不存在的单位");
    REQUIRE(unknown);
    CHECK(unknown->status == 400);
    auto no_csrf = upload(fin, {{"z.txt", "z"}}, "", false);
    REQUIRE(no_csrf);
    CHECK(no_csrf->status == 403);
    auto anonymous = upload(anon, {{"z.txt", "z"}});
    REQUIRE(anonymous);
    CHECK(anonymous->status == 401);
    auto empty = upload(fin, {});
    REQUIRE(empty);
    CHECK(empty->status == 400);
    CHECK(files_below(p.serve->inbox()) == std::vector<std::string>{kFin + "/x.txt"});
}

TEST_CASE("upload: withdrawal is the uploading unit's or the office's", "[server]") {
    Portal p;
    Client fin = p.as("fin", kFinPw);
    Client dev = p.as("dev", kDevPw);
    Client office = p.as("office", kOfficePw);
    Client anon(p.serve->url());
    const std::string a = upload_one(fin, "a.txt", "甲\n");
    CHECK(dev.del("/api/files/" + a)->status == 404);     // another unit's file
    CHECK(anon.del("/api/files/" + a)->status == 401);
    CHECK(fin.del("/api/files/" + a, false)->status == 403);  // no CSRF token
    CHECK(fin.del("/api/files/0123456789abcdef")->status == 404);
    CHECK(fin.del("/api/files/../../etc")->status == 404);
    CHECK(fs::exists(p.unit_dir() / "a.txt"));
    CHECK(fin.del("/api/files/" + a)->status == 204);
    CHECK_FALSE(fs::exists(p.unit_dir() / "a.txt"));
    CHECK(fin.del("/api/files/" + a)->status == 404);  // gone

    const std::string b = upload_one(fin, "b.txt", "乙\n");
    CHECK(office.del("/api/files/" + b)->status == 204);
    CHECK_FALSE(fs::exists(p.unit_dir() / "b.txt"));

    // A file the unit did not upload (put in its folder by hand): only the office takes it out.
    write(p.unit_dir() / "手工放入.txt", "丙\n");
    const std::string c = sha256_hex("丙\n").substr(0, 16);
    office.post("/api/build");
    REQUIRE(wait_until([&] { return !id_of(office, kFin + "/手工放入.txt").empty(); }, 60));
    CHECK(fin.del("/api/files/" + c)->status == 404);
    CHECK(fs::exists(p.unit_dir() / "手工放入.txt"));
    CHECK(office.del("/api/files/" + c)->status == 204);
    CHECK_FALSE(fs::exists(p.unit_dir() / "手工放入.txt"));

    // The audit log keeps every withdrawal.
    const json log = json::parse(p.serve->user("log --json").out, nullptr, false);
    std::vector<std::string> withdrawn;
    for (const auto& e : log)
        if (e["action"] == "withdraw") withdrawn.push_back(e["user"].get<std::string>() + " " + e["object"].get<std::string>());
    std::sort(withdrawn.begin(), withdrawn.end());
    CHECK(withdrawn == std::vector<std::string>{"fin " + kFin + "/a.txt", "office " + kFin + "/b.txt",
                                                "office " + kFin + "/手工放入.txt"});
}

TEST_CASE("upload: content and thumbnail for owner, office, other unit and anonymous",
          "[server]") {
    Portal p;
    Client fin = p.as("fin", kFinPw);
    Client dev = p.as("dev", kDevPw);
    Client office = p.as("office", kOfficePw);
    Client anon(p.serve->url());
    const std::string pdf = pdf_with("Notice 2020");
    const std::string id = upload_one(fin, "公开通知.pdf", pdf);
    for (Client* c : {&fin, &office}) {
        auto r = c->get("/api/files/" + id + "/content");
        REQUIRE(r);
        CHECK(r->status == 200);
        CHECK(r->body == pdf);
        CHECK(r->get_header_value("Content-Type") == "application/pdf");
        const std::string disp = r->get_header_value("Content-Disposition");
        INFO(disp);
        CHECK(disp.starts_with("attachment;"));
        // httplib's client percent-decodes header values: on the wire this is
        // filename*=UTF-8''%E5%85%AC%E5%BC%80%E9%80%9A%E7%9F%A5.pdf (checked below).
        CHECK(disp.find("filename*=UTF-8''公开通知.pdf") != std::string::npos);
        CHECK(disp.find("filename=\"____________.pdf\"") != std::string::npos);
        CHECK(r->get_header_value("X-Content-Type-Options") == "nosniff");
        auto t = c->get("/api/files/" + id + "/thumbnail");
        REQUIRE(t);
        CHECK(t->status == 200);
        CHECK(t->get_header_value("Content-Type") == "image/png");
        PIX* pix = pixReadMem(reinterpret_cast<const l_uint8*>(t->body.data()), t->body.size());
        REQUIRE(pix);
        CHECK(pixGetWidth(pix) <= 320);
        CHECK(pixGetWidth(pix) >= 200);
        pixDestroy(&pix);
    }
    for (const std::string suffix : {"/content", "/thumbnail"}) {
        auto other = dev.get("/api/files/" + id + suffix);
        REQUIRE(other);
        CHECK(other->status == 404);
        auto nobody = anon.get("/api/files/" + id + suffix);
        REQUIRE(nobody);
        CHECK(nobody->status == 401);
        CHECK(fin.get("/api/files/zzzz" + suffix)->status == 404);
    }
    // A type with no renderer gets its label card.
    const std::string txt = upload_one(fin, "说明.txt", "纯文本\n");
    auto card = fin.get("/api/files/" + txt + "/thumbnail");
    REQUIRE(card);
    CHECK(card->status == 200);
    CHECK(card->body.starts_with("\x89PNG"));
}

TEST_CASE("upload: a thumbnail with an ID number is blurred", "[server]") {
    Portal p;
    Client fin = p.as("fin", kFinPw);
    // The same line, once with a valid ID-card number (GB 11643 check character) and once with
    // a wrong check character (not an ID number): only the first is blurred.
    const std::string with_id = upload_one(fin, "身份证.pdf", pdf_with("ID 11010519491231002X"));
    const std::string without = upload_one(fin, "编号.pdf", pdf_with("ID 11010519491231002Y"));
    auto a = fin.get("/api/files/" + with_id + "/thumbnail");
    auto b = fin.get("/api/files/" + without + "/thumbnail");
    REQUIRE(a);
    REQUIRE(b);
    REQUIRE(a->status == 200);
    REQUIRE(b->status == 200);
    const int dark_id = dark_pixels(a->body), dark_plain = dark_pixels(b->body);
    INFO("dark pixels with the ID " << dark_id << ", without " << dark_plain);
    CHECK(dark_plain > 100);
    CHECK(dark_id * 4 < dark_plain);  // only the "ID" label is left readable
    // A mobile number is blurred the same way.
    const std::string tel = upload_one(fin, "电话.pdf", pdf_with("Tel 13812345678"));
    const std::string not_tel = upload_one(fin, "号码.pdf", pdf_with("Tel 10812345678"));
    const int dark_tel = dark_pixels(fin.get("/api/files/" + tel + "/thumbnail")->body);
    const int dark_not_tel = dark_pixels(fin.get("/api/files/" + not_tel + "/thumbnail")->body);
    INFO("dark pixels with the mobile number " << dark_tel << ", without " << dark_not_tel);
    CHECK(dark_tel * 2 < dark_not_tel);
    // Cached by content hash; the second read is the same picture.
    CHECK(!files_below(p.serve->workspace() / "thumbs").empty());
    CHECK(fin.get("/api/files/" + with_id + "/thumbnail")->body == a->body);
}

TEST_CASE("thumbnail: an image is blurred whole unless the build found no numbers in it, an Office file shows its page",
          "[server]") {
    Scratch d;
    const fs::path photo = fs::path(DOSSIER_TEST_DATA) / "images/portal.png";
    const std::string sha = digest_file(photo)->sha256;
    const auto limit = std::chrono::seconds(60);
    const std::string clear = thumbnail_png(d / "thumbs", {photo, sha, "portal.png",
                                                           ThumbnailSource::kNone}, limit);
    const std::string unread = thumbnail_png(d / "thumbs", {photo, sha, "portal.png",
                                                            ThumbnailSource::kUnknown}, limit);
    const std::string found = thumbnail_png(d / "thumbs", {photo, sha, "portal.png",
                                                           ThumbnailSource::kFound}, limit);
    INFO("sharp edges clear " << sharp_edges(clear) << ", unread " << sharp_edges(unread));
    CHECK(sharp_edges(clear) > 200);
    CHECK(sharp_edges(unread) * 10 < sharp_edges(clear));
    CHECK(found == unread);
    // Each variant is cached apart: the clear one never answers for a file with numbers.
    CHECK(files_below(d / "thumbs").size() == 2);
    // Office files are rendered from the PDF LibreOffice makes of them (a card only when that
    // fails or takes too long).
    const fs::path docx = fs::path(DOSSIER_TEST_DATA) / "docs/notice.docx";
    const std::string office = thumbnail_png(
        d / "thumbs", {docx, digest_file(docx)->sha256, "notice.docx", ThumbnailSource::kNone},
        limit);
    PIX* page = pixReadMem(reinterpret_cast<const l_uint8*>(office.data()), office.size());
    REQUIRE(page);
    CHECK(pixGetWidth(page) == 320);  // a page, not the 240-wide card
    CHECK(pixGetHeight(page) > 320);  // portrait A4
    pixDestroy(&page);
    // A type with no renderer: a card with the type's label.
    test::write(d / "a.txt", "文本");
    const std::string card =
        thumbnail_png(d / "thumbs", {d / "a.txt", "", "a.txt", ThumbnailSource::kNone}, limit);
    PIX* pix = pixReadMem(reinterpret_cast<const l_uint8*>(card.data()), card.size());
    REQUIRE(pix);
    CHECK(pixGetWidth(pix) == 240);
    pixDestroy(&pix);
}

TEST_CASE("upload: kill -9 during an upload leaves nothing in the inbox and the next start "
          "removes the temporary", "[server]") {
    Scratch root("dossier-upload-kill");
    fs::create_directories(root / "ws");
    {
        ServeProcess serve(root.path());
        serve.add_user("fin", kFinPw, "财政局");
        Client fin(serve.url());
        REQUIRE(fin.login("fin", kFinPw)->status == 200);
        HalfUpload half(serve.port(), fin.cookie(), fin.csrf(), 4 << 20);
        const fs::path tmp = serve.workspace() / "intake-tmp";
        REQUIRE(wait_until([&] {
            for (const auto& f : files_below(tmp))
                if (fs::file_size(tmp / f) > 0) return true;
            return false;
        }, 20));
        ::kill(serve.pid(), SIGKILL);
        serve.stop();
        CHECK(files_below(serve.inbox()).empty());
        CHECK(files_below(tmp).size() == 1);  // the half-written temporary, outside the inbox
    }
    ServeProcess again(root.path());
    CHECK(files_below(again.workspace() / "intake-tmp").empty());
    CHECK(files_below(again.inbox()).empty());
}

TEST_CASE("upload: downloads name the file for every browser (RFC 6266 / 5987)", "[server]") {
    CHECK(attachment_disposition("公开通知.pdf") ==
          "attachment; filename=\"____________.pdf\"; "
          "filename*=UTF-8''%E5%85%AC%E5%BC%80%E9%80%9A%E7%9F%A5.pdf");
    CHECK(attachment_disposition("a b\";.txt") ==
          "attachment; filename=\"a_b__.txt\"; filename*=UTF-8''a%20b%22%3B.txt");
}
