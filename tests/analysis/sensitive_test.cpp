#include <catch2/catch.hpp>

#include "analysis/sensitive.hpp"

using namespace dossier;

namespace {
std::vector<SensitiveHit> scan(const std::vector<std::string>& texts) {
    std::vector<NormalizedText> pages;
    for (const auto& t : texts) pages.push_back(normalize_with_map(t));
    return find_sensitive(pages);
}
}  // namespace

TEST_CASE("sensitive: ID-card checksum (GB 11643)", "[pipeline]") {
    CHECK(id_card_valid("11010519491231002X"));
    CHECK(id_card_valid("11010519491231002x"));
    CHECK(id_card_valid("130181198511031239"));
    CHECK_FALSE(id_card_valid("130181198511031234"));  // wrong check digit
    CHECK_FALSE(id_card_valid("130181198513311230"));  // month 13
    CHECK_FALSE(id_card_valid("13018119851103123"));
}

TEST_CASE("sensitive: Luhn", "[pipeline]") {
    CHECK(luhn_valid("4111111111111111"));
    CHECK(luhn_valid("6222021234567890128"));
    CHECK_FALSE(luhn_valid("4111111111111112"));
    CHECK_FALSE(luhn_valid(""));
}

TEST_CASE("sensitive: ID cards, mobiles and bank cards are found and masked with a warning",
          "[pipeline]") {
    const auto hits =
        scan({"申请人：张三",
              "身份证号：130181198511031239，手机：13812345678，卡号 6222 0212 3456 7890 128"});
    REQUIRE(hits.size() == 3);
    CHECK(hits[0].kind == "id_card");
    CHECK(hits[0].excerpt == "1301**********1239");
    CHECK(hits[0].page == 2);
    CHECK(sensitive_warning(hits[0]) ==
          "含身份证号码 1301**********1239（第 2 页）：公开前须删除或遮盖");
    CHECK(hits[1].kind == "mobile");
    CHECK(hits[1].excerpt == "138****5678");
    CHECK(hits[2].kind == "bank_card");
}

TEST_CASE("sensitive: numbers inside longer runs or codes are not flagged", "[pipeline]") {
    CHECK(scan({"编号 138123456789012，电话 0316-7225576，代码 91131081MA0ABCDE1X，13812345678a"})
              .empty());
    CHECK(scan({"身份证号 130181198511031234"}).empty());  // checksum fails
}

TEST_CASE("sensitive: classification marks only near the top", "[pipeline]") {
    auto hits = scan({"机密★1年\n霸州市人民政府文件\n关于……的通知"});
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].kind == "secret_mark");
    CHECK(hits[0].excerpt == "机密");
    CHECK(scan({"关于加强保守国家秘密工作的通知\n正文"}).empty());
    CHECK(scan({"一\n二\n三\n四\n五\n六\n七\n内部资料"}).empty());
    hits = scan({"内部资料 注意保存\n标题"});
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].excerpt == "内部资料");
}

TEST_CASE("sensitive: the same number is reported once", "[pipeline]") {
    CHECK(scan({"13812345678 13812345678", "13812345678"}).size() == 1);
}
