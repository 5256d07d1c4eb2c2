// The portal's HTML pages (issue 21; design.md §6): server-rendered with kainjow mustache
// (escaping by default) from templates embedded in the binary (server/assets.hpp), plus the CSS
// and the plain JavaScript they load from /assets/. The pages' scripts call only the JSON API.
//
//   GET /login           the login form (signed in: 303 to /)
//   GET /                a unit clerk: their unit's home; the office: the list of units
//                        (no session: 303 to /login)
//   GET /unit/<名称>     the office: that unit's home; a unit clerk: their own unit only —
//                        any other unit, or a name that is no unit, answers the 404 page
//   GET /review          the office: the review queue (server/review.hpp; review.js); a unit
//                        clerk gets the 404 page
//   GET /assets/<name>   CSS, JavaScript and the icon (404 for anything else)
//
// A unit's home shows the upload area, the unit's files from the builder's last snapshot
// (thumbnail, indicator, date, state: 已收录 / 待确认 / 拒收 + reason / 重复 / 处理中, withdraw),
// its responsibilities with their status and what is missing, and the working days left.
// Pages never wait for a build; before the first one they say so and their script reloads.
#pragma once

#include <optional>
#include <string>

#include "server/server.hpp"

namespace dossier {

// Installs the routes above on the portal's server.
void install_page_routes(Portal& portal);

// The layout around `body` (an already rendered, escaped fragment), with the security headers of
// every response and Cache-Control: no-store; `script` is the one /assets/ script it loads.
void send_html_page(httplib::Response& res, int status, const std::string& title,
                    const std::string& script, const std::optional<Caller>& who,
                    const std::string& body);

// The office caller of an office page; otherwise nullopt after the answer: no session → 303 to
// /login, a unit clerk → the 404 page.
std::optional<Caller> office_page_caller(Portal& p, const httplib::Request& req,
                                         httplib::Response& res);

// A unit's URL path segment: `name` percent-encoded (UTF-8 bytes outside [A-Za-z0-9-._~]).
std::string unit_url(const std::string& name);

}  // namespace dossier
