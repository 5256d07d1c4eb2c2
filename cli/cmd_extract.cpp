// `dossier extract FILE`: what the pipeline sees in one file — type, text source, page texts,
// metadata dates, the chosen publication date with the runner-up candidates, keywords, warnings.
// The tool a clerk or developer uses to understand a mistake.
#include <iostream>

#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include "extractors/extractor.hpp"
#include "extractors/ocr_engine.hpp"
#include "model/record_json.hpp"
#include "analysis/analyse.hpp"
#include "cli/cli.hpp"

namespace dossier {

Command make_extract_command() {
    return {
        "extract", "查看单个文件被识别成什么：类型、文字、日期、关键词和提示",
        [](CLI::App& sub, CommonOptions& common) -> std::function<int()> {
            auto file = std::make_shared<std::string>();
            sub.add_option("FILE", *file, "要查看的文件")->required();
            add_common_options(sub, common);
            return [file, &common]() -> int {
                Catalog catalog = common.load_catalog();
                std::filesystem::path path = *file;
                auto probe = make_probe(path, path.filename().string());
                if (!probe)
                    throw Fatal(kInput, probe.error().reason, path.string(), "请检查路径和权限");
                ExtractContext ctx;
                ctx.options.time_limit = std::chrono::seconds(common.time_limit);
                std::unique_ptr<OcrEngine> ocr;
                if (auto e = OcrEngine::create()) ocr = std::move(*e);
                ctx.ocr = ocr.get();
                const Extractor* ex = choose_extractor(*probe);
                auto x = extract_file(*probe, ctx);
                if (!x) {
                    if (common.json)
                        std::cout << nlohmann::json{{"file", path.string()},
                                                    {"type", probe->sniffed},
                                                    {"error", x.error().reason}}
                                         .dump(2)
                                  << "\n";
                    else
                        std::cout << fmt::format("{}\n类型：{}\n无法提取：{}\n", path.string(),
                                                 probe->sniffed, x.error().reason);
                    return kOk;
                }
                Analyser analyser(catalog);
                Analysis a = analyser.run(*x, path.filename().string(), common.resolved_as_of());
                if (common.json) {
                    nlohmann::json j{{"file", path.string()},
                                     {"type", probe->sniffed},
                                     {"extractor", ex ? std::string(ex->name()) : ""},
                                     {"extract", *x},
                                     {"analysis", a}};
                    std::cout << j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace)
                              << "\n";
                    return kOk;
                }
                std::cout << fmt::format("{}\n类型：{}（{}，提取器 {}）\n", path.string(),
                                         probe->sniffed, x->media_type, ex ? ex->name() : "?");
                std::cout << fmt::format(
                    "证据类型：{}（{}）\n文字来源：{}，{} 页{}\n", to_string(x->kind),
                    x->kind_reason, to_string(x->text_source), x->page_count,
                    x->ocr_confidence >= 0
                        ? fmt::format("，OCR 平均置信度 {:.0f}", x->ocr_confidence)
                        : "");
                if (!a.title.empty()) std::cout << "标题：" << a.title << "\n";
                if (a.date.published)
                    std::cout << fmt::format(
                        "发布日期：{}（来源 {}{}，置信度 {:.2f}）\n", a.date.published->iso(),
                        a.date.source, a.date.repaired ? "，经 OCR 修正" : "", a.date.confidence);
                else
                    std::cout << "发布日期：未找到\n";
                if (a.date.published && a.date.review)
                    std::cout << "  日期待人工确认：置信度低于校准阈值，不据此判断是否逾期\n";
                if (a.date.hint)
                    std::cout << fmt::format(
                        "  日期提示：{}（{}，仅作参考，不作为发布日期）\n", a.date.hint->iso(),
                        a.date.source == "filename" ? "文件名" : "文件元数据");
                for (size_t i = 0; i < a.date.candidates.size() && i < 6; ++i) {
                    const auto& c = a.date.candidates[i];
                    std::cout << fmt::format("  候选 {} 「{}」 {} {:.2f}：{}\n",
                                             c.date.valid() ? c.date.iso() : "?", c.text, c.source,
                                             c.score, c.why);
                }
                for (const auto& m : x->meta_dates)
                    std::cout << fmt::format("元数据日期：{} {}\n", m.label, m.date.iso());
                if (!a.keywords.empty()) {
                    std::string kws;
                    for (const auto& k : a.keywords)
                        kws += fmt::format("{}{}{}", kws.empty() ? "" : "，", k.keyword,
                                           k.count > 1 ? fmt::format("×{}", k.count) : "");
                    std::cout << "关键词：" << kws << "\n";
                }
                for (const auto& w : x->warnings) std::cout << "提示：" << w << "\n";
                for (const auto& w : a.warnings) std::cout << "提示：" << w << "\n";
                for (size_t p = 0; p < x->pages.size(); ++p)
                    std::cout << fmt::format("\n—— 第 {} 页（{}）——\n{}\n", p + 1,
                                             to_string(x->pages[p].source), x->pages[p].text);
                return kOk;
            };
        }};
}

}  // namespace dossier
