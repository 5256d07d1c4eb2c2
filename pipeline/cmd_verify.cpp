// `dossier verify PACKAGE.zip [--catalog FILE] [--json]`: integrity and completeness of a package
// (ours or anyone's). Exit 0 valid and complete, 1 valid but incomplete, 3 not a zip, 4 damaged.
#include <iostream>
#include <memory>

#include "packager/verify.hpp"
#include "pipeline/cli.hpp"

namespace dossier {

Command make_verify_command() {
    return {
        "verify",
        "检查报送包：是否完好（CRC、SHA-256、清单）、文件名能否在各系统正常显示、材料是否齐全",
        [](CLI::App& sub, CommonOptions& common) -> std::function<int()> {
            auto package = std::make_shared<std::string>();
            sub.add_option("PACKAGE", *package, "报送包（.zip；分卷时给任一卷即可）")->required();
            add_common_options(sub, common);
            return [package, &common] {
                std::unique_ptr<Catalog> catalog;
                if (!common.catalog.empty())
                    catalog = std::make_unique<Catalog>(common.load_catalog());
                const VerifyReport report = verify_package(*package, catalog.get());
                if (common.json)
                    std::cout << report.json();
                else
                    std::cout << report.text();
                return report.exit_code;
            };
        }};
}

}  // namespace dossier
