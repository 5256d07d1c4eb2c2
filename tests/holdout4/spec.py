"""Hold-out 4 (tests/holdout4/): its items, its own page templates (blue and green portals, browser
frame, phone pages) and README head -- data for scripts/make-holdout 4, which renders them with the
shared plumbing in scripts/evidence/."""
from evidence import templates
from evidence.dates import today_bar
from evidence.labels import file_rows
from evidence.office import write_docx, write_text, write_xlsx
from evidence.templates import FONT, SERIF, esc, html_doc, paras_html, photo_page

REPACK_PNG = True
ZIP_ALL_PARENTS = True
MINIMUMS = {"files": 50, "indicators": 25, "level1": 8, "wrong_unit": 8}
DOC_IMAGE_CSS = ("*{box-sizing:border-box}body{width:794px;padding:60px 80px;font-size:18px;background:#fff}"
                 "h1{font-size:24px}.red{font-size:34px}table{font-size:13px}.no{font-size:17px}")


def docpage(d, for_image=False):
    return templates.docpage(d, for_image, DOC_CSS.replace("SERIFX", FONT), DOC_IMAGE_CSS)


def readme_tail(labels, c, size):
    return (file_rows(labels) + f"\n{c['files']} labelled files ({c['null_dates']} undated, {c['wrong_unit']} in a wrong unit folder), "
            f"{c['indicators']} indicators over {c['level1']} level-1 indicators, {size / 1e6:.2f} MB in `inbox/`.\n"
            f"Forms: " + ", ".join(f"{k} {v}" for k, v in c["forms"].items()) + ".\n")


BASE_CSS = f"*{{margin:0;padding:0;box-sizing:border-box}}body{{font-family:{FONT};color:#222;background:#fff}}a{{color:inherit;text-decoration:none}}"


BLUE_CSS = BASE_CSS + """
.top{height:30px;background:#eef3f9;border-bottom:1px solid #d5e1ee;font-size:13px;color:#556;line-height:30px;padding:0 120px}
.top .r{float:right}
.hd{height:118px;background:#1560b8;color:#fff;padding:26px 120px}
.hd .nm{font-size:38px;font-weight:bold;letter-spacing:4px}
.hd .en{font-size:13px;opacity:.8;letter-spacing:1px;margin-top:4px}
.hd .sch{float:right;margin-top:-44px;width:300px;height:34px;background:#fff;border-radius:3px;color:#999;font-size:13px;line-height:34px;padding-left:10px}
.nav{height:46px;background:#0a3f7d;padding:0 120px}
.nav span{display:inline-block;color:#fff;font-size:16px;line-height:46px;padding:0 22px}
.nav span.on{background:#f2a20c}
.crumb{padding:14px 120px;font-size:13px;color:#667;border-bottom:1px dashed #ccd}
.wrap{padding:20px 120px;overflow:hidden}
.main{float:left;width:820px}
.side{float:right;width:270px;border:1px solid #d5e1ee}
.side h3{background:#1d6fc8;color:#fff;font-size:15px;padding:8px 12px}
.side li{list-style:none;font-size:13px;padding:7px 12px;border-bottom:1px dotted #ccd;line-height:19px}
.side li i{display:block;font-style:normal;color:#999;font-size:12px}
h1.t{font-size:24px;color:#0b3f7d;text-align:center;line-height:36px;padding:8px 0}
.meta{text-align:center;font-size:13px;color:#888;border-bottom:1px solid #e3e8ef;padding:6px 0 12px;margin-bottom:14px}
.meta span{margin:0 12px}
.ct p{font-size:16px;line-height:30px;text-indent:2em;margin:6px 0}
.ct p.n{text-indent:0}
.ct p.r{text-align:right;text-indent:0}
.ct table{border-collapse:collapse;width:100%;margin:10px 0;font-size:14px}
.ct td,.ct th{border:1px solid #9ab;padding:5px 6px;text-align:center}
.ct th{background:#e9f0f8}
.rel{margin-top:18px;border-top:2px solid #1d6fc8;padding-top:8px;font-size:14px}
.rel b{color:#0b3f7d}
.rel li{list-style:none;line-height:26px}
.rel li i{float:right;font-style:normal;color:#999}
.lst li{list-style:none;font-size:15px;line-height:40px;border-bottom:1px dashed #dde}
.lst li i{float:right;font-style:normal;color:#999}
.pg{font-size:13px;color:#666;text-align:center;padding:14px}
.ft{clear:both;background:#0a3f7d;color:#c9d6ea;font-size:12px;text-align:center;line-height:24px;padding:14px 0;margin-top:20px}
"""


GREEN_CSS = BASE_CSS + """
body{background:#f1f5ef}
.bn{height:170px;position:relative;overflow:hidden;background:#2a8c58}
.bn .hill{position:absolute;bottom:-60px;width:700px;height:160px;border-radius:50%;background:rgba(255,255,255,.18)}
.bn .sun{position:absolute;right:180px;top:24px;width:90px;height:90px;border-radius:50%;background:#f7d36a}
.bn .bld{position:absolute;bottom:0;background:rgba(10,60,35,.35)}
.bn .logo{position:absolute;left:120px;top:52px;width:62px;height:62px;border-radius:50%;background:#d22;border:3px solid #f5d27a}
.bn .wm{position:absolute;left:196px;top:60px;color:#fff;font-size:30px;font-weight:bold;letter-spacing:6px;text-shadow:2px 2px 3px rgba(0,0,0,.35);font-family:SERIFX}
.bar{height:34px;background:#175f3b;color:#dfeee4;font-size:13px;line-height:34px;padding:0 120px}
.bar .r{float:right}
.box{width:1126px;margin:16px auto;overflow:hidden}
.lm{float:left;width:230px;background:#fff;border-top:4px solid #2f9a62}
.lm h3{font-size:17px;color:#fff;background:#2f9a62;padding:12px 16px}
.lm li{list-style:none;font-size:14px;padding:11px 18px;border-bottom:1px solid #e6ede8;color:#333}
.lm li.on{background:#e3f2e8;color:#1f7a4d;font-weight:bold;border-left:4px solid #1f7a4d}
.rc{float:right;width:880px;background:#fff;padding:16px 28px;min-height:900px}
.loc{font-size:13px;color:#777;border-bottom:2px solid #2f9a62;padding-bottom:8px;margin-bottom:14px}
h1.t{font-size:22px;text-align:center;color:#1b4d32;line-height:34px;margin:10px 0}
.meta{font-size:13px;color:#999;text-align:center;margin-bottom:14px;padding-bottom:10px;border-bottom:1px solid #eee}
.meta span{margin:0 10px}
.ct p{font-size:15px;line-height:29px;text-indent:2em;margin:5px 0}
.ct p.n{text-indent:0}
.ct p.r{text-align:right;text-indent:0}
.ct table{border-collapse:collapse;width:100%;font-size:13px;margin:8px 0}
.ct td,.ct th{border:1px solid #b8cfc0;padding:5px;text-align:center}
.ct th{background:#e3f2e8}
.lst li{list-style:none;font-size:15px;line-height:38px;border-bottom:1px dotted #cdd}
.lst li i{float:right;font-style:normal;color:#aaa}
.rel{margin-top:16px;font-size:13px;background:#f6faf7;padding:10px 14px}
.rel li{list-style:none;line-height:24px}
.rel li i{float:right;font-style:normal;color:#aaa}
.pg{font-size:13px;color:#666;text-align:center;padding:14px}
.ft{clear:both;background:#175f3b;color:#cfe3d6;font-size:12px;text-align:center;line-height:22px;padding:14px 0}
""".replace("SERIFX", SERIF)


FRAME_CSS = """
html,body{width:1366px;height:768px;overflow:hidden}
.chrome{height:74px;background:#dee1e6}
.tabs{height:36px;padding:6px 0 0 8px}
.tab{display:inline-block;width:230px;height:30px;background:#fff;border-radius:8px 8px 0 0;font-size:12px;line-height:30px;padding-left:12px;color:#333;overflow:hidden;white-space:nowrap}
.tab.off{background:transparent;color:#555}
.addr{height:38px;background:#fff;padding:5px 10px}
.addr .u{margin-left:90px;height:28px;border-radius:14px;background:#f1f3f4;font-size:14px;line-height:28px;padding-left:16px;color:#202124;width:1000px}
.view{position:absolute;top:74px;left:0;width:1366px;height:654px;overflow:hidden}
.tk{position:absolute;left:0;right:0;bottom:0;height:40px;background:#1c2a3a}
.tk .st{float:left;width:48px;height:40px;background:#2d7dd2}
.tk .sr{float:left;width:260px;height:40px;background:#f3f3f3;color:#666;line-height:40px;padding-left:12px;font-size:13px}
.tk .ap{float:left;width:44px;height:40px;border-bottom:3px solid #76b9ed;margin-left:6px;background:#2c3d52}
.tk .ck{float:right;color:#fff;text-align:center;font-size:12px;line-height:17px;padding:3px 16px}
"""


def side_html(title, items):
    return (f'<div class="side"><h3>{esc(title)}</h3><ul>' +
            "".join(f"<li>{esc(t)}<i>{esc(d)}</i></li>" for t, d in items) + "</ul></div>")


def rel_html(title, items):
    return (f'<div class="rel"><b>{esc(title)}</b><ul>' +
            "".join(f"<li>· {esc(t)}<i>{esc(d)}</i></li>" for t, d in items) + "</ul></div>")


def blue(p):
    """p: site, today, nav, on, crumb, title|list, meta, paras, side, rel, h."""
    site = p.get("site", "霸州市人民政府")
    nav = "".join(f'<span class="{"on" if n == p.get("on") else ""}">{esc(n)}</span>'
                  for n in p.get("nav", ["首页", "走进霸州", "政务公开", "政务服务", "互动交流", "专题专栏"]))
    head = (f'<div class="top">{esc(p["today"])}<span class="r">无障碍浏览 | 长者模式 | 繁體 | 手机版</span></div>'
            f'<div class="hd"><div class="nm">{esc(site)}</div><div class="en">{esc(p.get("en", "www.bazhou.gov.cn"))}</div>'
            f'<div class="sch">请输入关键字</div></div><div class="nav">{nav}</div>'
            f'<div class="crumb">当前位置：{esc(p["crumb"])}</div>')
    if "list" in p:
        main = (f'<h1 class="t" style="text-align:left;font-size:20px">{esc(p["title"])}</h1><ul class="lst">' +
                "".join(f"<li>· {esc(t)}<i>{esc(d)}</i></li>" for t, d in p["list"]) + f'</ul><div class="pg">{esc(p.get("pg", "共 1 页"))}</div>')
    else:
        meta = "".join(f"<span>{esc(m)}</span>" for m in p["meta"])
        main = f'<h1 class="t">{esc(p["title"])}</h1><div class="meta">{meta}</div><div class="ct">{paras_html(p["paras"])}</div>'
        if p.get("rel"):
            main += rel_html(*p["rel"])
    side = side_html(*p["side"]) if p.get("side") else ""
    body = (head + f'<div class="wrap"><div class="main">{main}</div>{side}</div>'
            f'<div class="ft">主办：霸州市人民政府办公室　承办：霸州市融媒体中心<br>冀ICP备05012345号　冀公网安备 13108102000123号　网站标识码：1310810001</div>')
    return html_doc(p["title"], BLUE_CSS, body), (1366, p.get("h", 1500), p.get("q", 66))


def green(p):
    """p: site, today, menu, on, loc, title|list, meta, paras, rel, h."""
    blds = "".join(f'<div class="bld" style="left:{x}px;width:{w}px;height:{h}px"></div>'
                   for x, w, h in [(520, 40, 70), (566, 26, 96), (598, 54, 58), (860, 30, 84), (896, 60, 46), (1240, 44, 66)])
    hills = "".join(f'<div class="hill" style="left:{x}px"></div>' for x in (-200, 420, 980))
    head = (f'<div class="bn">{hills}<div class="sun"></div>{blds}<div class="logo"></div><div class="wm">{esc(p.get("mark", "霸州"))}</div></div>'
            f'<div class="bar">{esc(p["today"])}<span class="r">首页 | 信息公开 | 办事服务 | 互动交流 | 数据开放</span></div>')
    menu = "".join(f'<li class="{"on" if m == p.get("on") else ""}">{esc(m)}</li>' for m in p["menu"])
    if "list" in p:
        rc = (f'<div class="loc">您的位置：{esc(p["loc"])}</div><ul class="lst">' +
              "".join(f"<li>{esc(t)}<i>{esc(d)}</i></li>" for t, d in p["list"]) + f'</ul><div class="pg">{esc(p.get("pg", "共1页"))}</div>')
    else:
        meta = "".join(f"<span>{esc(m)}</span>" for m in p["meta"])
        rc = (f'<div class="loc">您的位置：{esc(p["loc"])}</div><h1 class="t">{esc(p["title"])}</h1>'
              f'<div class="meta">{meta}</div><div class="ct">{paras_html(p["paras"])}</div>')
        if p.get("rel"):
            rc += rel_html(*p["rel"])
    body = (head + f'<div class="box"><div class="lm"><h3>{esc(p.get("mtitle", "政务公开"))}</h3><ul>{menu}</ul></div>'
            f'<div class="rc">{rc}</div></div><div class="ft">版权所有：霸州市人民政府　技术支持：霸州市融媒体中心　联系电话：0316-7225576</div>')
    return html_doc(p.get("title", p.get("loc")), GREEN_CSS, body), (1366, p.get("h", 1400), p.get("q", 66))


def framed(page, url, tab, clock):
    """Put a rendered portal page into a desktop browser window with a Windows taskbar clock."""
    text, _ = page
    style = text[text.index("<style>") + 7:text.index("</style>")]
    inner = text[text.index("<body>") + 6:text.rindex("</body>")]
    hh, day = clock
    css = style + FRAME_CSS
    body = (f'<div class="chrome"><div class="tabs"><span class="tab">{esc(tab)}</span><span class="tab off">新标签页</span></div>'
            f'<div class="addr"><div class="u">{esc(url)}</div></div></div><div class="view">{inner}</div>'
            f'<div class="tk"><div class="st"></div><div class="sr">在这里输入你要搜索的内容</div><div class="ap"></div><div class="ap"></div><div class="ap"></div>'
            f'<div class="ck">{esc(hh)}<br>{esc(day)}</div></div>')
    return html_doc(tab, css, body), (1366, 768, 82)


PHONE_CSS = BASE_CSS + """
html,body{width:414px;height:896px;overflow:hidden;background:#fff}
.sb{height:30px;background:#ededed;font-size:13px;font-weight:bold;padding:7px 18px}
.sb .r{float:right;font-weight:normal}
.tb{height:44px;background:#ededed;border-bottom:1px solid #ddd;text-align:center;font-size:16px;line-height:44px;position:relative}
.tb .x{position:absolute;left:14px;font-size:20px}
.tb .m{position:absolute;right:14px;font-size:20px}
.art{padding:18px 16px}
.art h1{font-size:21px;line-height:31px;font-weight:bold;color:#111}
.by{font-size:14px;color:#b2b2b2;margin:12px 0 18px}
.by b{color:#576b95;font-weight:normal;margin-right:8px}
.art p{font-size:16px;line-height:28px;color:#333;margin-bottom:14px;text-align:justify}
.art .pic{height:150px;border-radius:4px;margin-bottom:14px;background:#7fa8d6}
.wb{padding:14px 14px 0}
.wb .u{overflow:hidden}
.wb .av{float:left;width:44px;height:44px;border-radius:50%;background:#d22}
.wb .nm{margin-left:54px;font-size:15px;color:#eb7350;font-weight:bold;padding-top:2px}
.wb .tm{margin-left:54px;font-size:12px;color:#b0b0b0;margin-top:4px}
.wb .tx{font-size:15px;line-height:25px;margin:12px 0;color:#333}
.wb .tx a{color:#507daf}
.wb .imgs{overflow:hidden;margin-bottom:10px}
.wb .imgs div{float:left;width:124px;height:124px;margin:0 4px 4px 0;background:#a9c4e2}
.wb .act{border-top:1px solid #eee;height:40px;font-size:13px;color:#888;display:flex;justify-content:space-around;align-items:center}
.hl{padding:0}
.hl .pf{padding:20px 16px;border-bottom:8px solid #f2f2f2;overflow:hidden}
.hl .pf .av{float:left;width:56px;height:56px;border-radius:8px;background:#c11}
.hl .pf .nm{margin-left:68px;font-size:18px;font-weight:bold}
.hl .pf .ds{margin-left:68px;font-size:13px;color:#999;margin-top:6px}
.hl .dt{font-size:13px;color:#999;padding:10px 16px 4px}
.hl .it{padding:8px 16px;overflow:hidden;border-bottom:1px solid #f0f0f0}
.hl .it .th{float:right;width:64px;height:64px;background:#8fb4dd}
.hl .it .tt{margin-right:76px;font-size:15px;line-height:22px;color:#222}
"""


def wechat(title, account, date, paras, author=None, sb=("9:41", "4G 87%")):
    by = f'<b>{esc(account)}</b>' + (f"{esc(author)} " if author else "") + esc(date)
    body = (f'<div class="sb">{esc(sb[0])}<span class="r">{esc(sb[1])}</span></div><div class="tb"><span class="x">✕</span>{esc(account)}<span class="m">···</span></div>'
            f'<div class="art"><h1>{esc(title)}</h1><div class="by">{by}</div><div class="pic"></div>'
            + "".join(f"<p>{esc(x)}</p>" for x in paras) + "</div>")
    return html_doc(title, PHONE_CSS, body), (414, 896, 78)


def weibo(account, when, text, n_img=3, counts=("转发 12", "评论 5", "赞 31"), sb=("10:26", "5G 64%")):
    body = (f'<div class="sb">{esc(sb[0])}<span class="r">{esc(sb[1])}</span></div><div class="tb"><span class="x">‹</span>微博正文<span class="m">···</span></div>'
            f'<div class="wb"><div class="u"><div class="av"></div><div class="nm">{esc(account)}</div><div class="tm">{esc(when)}</div></div>'
            f'<div class="tx">{text}</div><div class="imgs">' + "<div></div>" * n_img + '</div>'
            '<div class="act">' + "".join(f"<span>{esc(c)}</span>" for c in counts) + "</div></div>")
    return html_doc(account, PHONE_CSS, body), (414, 896, 78)


def wechat_history(account, desc, groups):
    """groups: [(date label, [titles])] -- an account's message history (no date of its own)."""
    items = ""
    for d, ts in groups:
        items += f'<div class="dt">{esc(d)}</div>' + "".join(f'<div class="it"><div class="th"></div><div class="tt">{esc(t)}</div></div>' for t in ts)
    body = (f'<div class="sb">8:17<span class="r">4G 92%</span></div><div class="tb"><span class="x">‹</span>{esc(account)}<span class="m">···</span></div>'
            f'<div class="hl"><div class="pf"><div class="av"></div><div class="nm">{esc(account)}</div><div class="ds">{esc(desc)}</div></div>{items}</div>')
    return html_doc(account, PHONE_CSS, body), (414, 896, 78)


DOC_CSS = """
@page{size:A4;margin:30mm 26mm 28mm 28mm}
body{font-family:SERIFX;font-size:16pt;line-height:1.75;color:#000}
.red{color:#d00;text-align:center;font-size:30pt;letter-spacing:3px;font-weight:bold;margin-top:10px}
.no{text-align:center;font-size:15pt;margin:14px 0 4px}
.rl{border-top:2px solid #d00;margin:6px 0 26px}
h1{text-align:center;font-size:21pt;line-height:1.5;margin:6px 0 18px;font-weight:bold}
.st{text-align:center;font-size:15pt;margin:-8px 0 16px}
p{text-indent:2em;margin:0;text-align:justify}
p.n{text-indent:0}
p.r{text-align:right;text-indent:0;padding-right:2em}
.sig{margin-top:34px}
table{border-collapse:collapse;width:100%;font-size:11pt;line-height:1.4;margin:10px 0}
td,th{border:1px solid #000;padding:4px 5px;text-align:center}
.yf{margin-top:40px;border-top:1px solid #000;border-bottom:1px solid #000;font-size:13pt;padding:4px 0;display:flex;justify-content:space-between}
/* 公文标题用小标宋，不加粗（也避免Chromium把合成粗体嵌成Type 3字体） */
h1,.red,b,strong,th{font-weight:normal}
"""


def tbl(rows):
    h = "<table><tr>" + "".join(f"<th>{esc(c)}</th>" for c in rows[0]) + "</tr>"
    for r in rows[1:]:
        h += "<tr>" + "".join(f"<td>{esc(str(c))}</td>" for c in r) + "</tr>"
    return h + "</table>"


def saved_html(title, css, body, charset="utf-8", saved_from=None):
    t = html_doc(title, css, body, charset)
    if saved_from:
        t = t.replace("<html", f"<!-- saved from url=({len(saved_from):04d}){saved_from} -->\n<html", 1)
    return t


WRONG = "错放单位："


XXGK_MENU = ["政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政府信息公开年报", "依申请公开", "基层政务公开标准化", "政策解读", "政府公报"]


def compose(o):
    L = o.label

    # ---------------- 1.1 决策公开: 常务会议研究决定事项 (close neighbour 8.1) ----------------
    src = "霸州市人民政府办公室/常务会议决定事项公开.png"
    o.shot(src, blue(dict(
        today=today_bar("2020-11-18"), on="政务公开", crumb="首页 > 政务公开 > 决策公开 > 会议决定",
        title="市政府第四十二次常务会议研究决定事项",
        meta=["发布时间：2020-08-14 16:35", "来源：市政府办公室", "字号：大 中 小", "打印"],
        paras=["2020年8月12日，市长主持召开市政府第四十二次常务会议。现将会议研究决定的涉及公众利益的重大事项公开如下：",
               "一、审议通过《霸州市城区集中供热价格调整方案》。会议认为，方案已经成本监审、专家论证和听证会程序，决定自2020—2021年采暖季起执行新的居民供热价格，由市发展和改革局会同市住房和城乡建设局做好政策宣传和解释工作。",
               "二、审议通过《霸州市城区公共停车场收费管理办法》。会议要求市城市管理综合行政执法局在9月30日前完成收费公示牌设置，办法全文通过市政府门户网站和“霸州发布”政务新媒体向社会公开。",
               "三、原则同意《霸州市2020年农村公路“畅返不畅”整治工程实施方案》，由市交通运输局根据会议意见修改完善后按程序印发。",
               "四、会议还听取了全市秋粮收购准备工作情况汇报，要求有关部门统筹做好收购资金、仓容和质量安全保障。",
               "以上决定事项，除依法需要保密的外，均已通过市政府门户网站公开，接受社会监督。"],
        rel=("相关链接", [("市政府第四十一次常务会议研究决定事项", "2020-07-17"), ("市政府第四十次常务会议研究决定事项", "2020-06-19"),
                         ("关于《霸州市城区集中供热价格调整方案》听证会的公告", "2020-06-30")]),
        side=("决策公开", [("重大行政决策事项目录（2020年）", "2020-03-27"), ("决策预公开", "2020-11-09"), ("会议决定", "2020-08-14"), ("决策执行", "2020-10-30")]),
        h=1420)))
    L(src, "1.1", "2020-08-14", "screenshot",
      "门户网站“决策公开—会议决定”栏目：市政府常务会议研究决定的涉及公众利益的重大事项（供热价格、停车收费）及时公开→1.1决策公开；"
      "不是8.1（8.1是主要负责人听取政务公开工作汇报，本页无此内容）。日期取发布时间2020-08-14；陷阱：会议召开日8月12日、9月30日期限、"
      "相关链接中的07-17/06-19/06-30、侧栏日期、今天是2020年11月18日。")

    # ---------------- 1.2 执行公开: 六稳六保 ----------------
    src = "市发展和改革局/上半年六稳六保落实情况.jpg"
    o.shot(src, green(dict(
        today=today_bar("2020-11-17"), menu=["决策公开", "执行公开", "管理公开", "服务公开", "结果公开", "执法公开"], on="执行公开",
        loc="首页 > 法定主动公开内容 > 执行公开", title="霸州市2020年上半年“六稳”“六保”工作落实情况",
        meta=["发布日期：2020-07-24", "信息来源：市发展和改革局", "阅读：1386"],
        paras=["今年以来，市发展和改革局按照市委、市政府关于扎实做好“六稳”工作、全面落实“六保”任务的决策部署，会同各有关部门逐项分解任务、建立台账，现将1—6月份落实情况公开如下。",
               "一、保居民就业方面。全市城镇新增就业3862人，完成年度任务的61.3%；发放稳岗返还资金1127万元，惠及企业416家。",
               "二、保市场主体方面。累计为中小微企业减免社保费2.3亿元，落实阶段性减免国有房产租金政策，为312户承租户减免租金486万元；新登记市场主体5216户。",
               "三、保粮食能源安全方面。完成小麦播种面积31.6万亩，夏粮总产预计12.8万吨；冬季清洁取暖气源储备方案已于6月15日报廊坊市审核。",
               "四、稳投资方面。全市纳入省市重点项目42个，1—6月完成投资57.4亿元，占年度计划的52.8%。",
               "下一步，我局将继续按月调度、按季公开各项任务落实情况，确保政府工作报告确定的目标任务全面完成。"],
        rel=("相关文章", [("霸州市2020年第一季度重点项目建设进展情况", "2020-04-21"), ("2020年政府工作报告重点任务分解", "2020-02-26")]),
        h=1300, q=68)))
    L(src, "1.2", "2020-07-24", "screenshot",
      "绿色主题门户（图片横幅，左侧栏目菜单）“执行公开”页：“六稳”“六保”任务落实情况→1.2执行公开。日期取发布日期2020-07-24；"
      "陷阱：统计期1—6月份、6月15日报送日期、相关文章04-21/02-26、今天是2020年11月17日。JPEG 1366宽。")

    # ---------------- 1.3 管理公开: 机构职能目录 (xlsx) ----------------
    src = "中共霸州市委机构编制委员会办公室/霸州市政府工作部门机构职能目录（2020年版）.xlsx"
    rows = [["霸州市政府工作部门机构职能目录（2020年版）", "", "", "", ""],
            ["编制单位：中共霸州市委机构编制委员会办公室", "", "", "编制日期：", ("date", "2020-06-30")],
            ["序号", "部门名称", "机构规格", "主要职责（摘要）", "内设机构"]]
    depts = [("霸州市发展和改革局", "正科级", "拟订并组织实施全市国民经济和社会发展战略、中长期规划和年度计划", "办公室、综合规划股、项目管理股、价格管理股"),
             ("霸州市教育和体育局", "正科级", "贯彻执行教育、体育工作方针政策，统筹管理全市各级各类教育和群众体育工作", "办公室、基础教育股、职成教股、体育股"),
             ("霸州市民政局", "正科级", "拟订并组织实施社会救助、养老服务、社会组织管理等政策", "办公室、社会救助股、养老服务股、区划地名股"),
             ("霸州市财政局", "正科级", "编制年度预决算草案并组织执行，负责政府非税收入管理", "办公室、预算股、国库股、绩效管理股"),
             ("霸州市自然资源和规划局", "正科级", "履行全民所有土地等自然资源资产所有者职责和国土空间用途管制职责", "办公室、规划股、土地利用股、执法监察大队"),
             ("霸州市行政审批局", "正科级", "集中行使相对集中的行政许可权，统筹推进政务服务体系建设", "办公室、投资项目审批股、市场准入审批股"),
             ("霸州市应急管理局", "正科级", "组织编制全市总体应急预案，指导防汛抗旱和地质灾害防治", "办公室、应急指挥股、安全生产综合股")]
    for i, (a, b, c, d) in enumerate(depts, 1):
        rows.append([i, a, b, c, d])
    rows.append(["说明：本目录依据《霸州市机构改革方案》（2019年1月）编制，内容如有调整以最新“三定”规定为准。", "", "", "", ""])
    write_xlsx(o.path(src), "职能目录", rows, "机构职能目录", widths=[6, 24, 10, 60, 40], merge=["A1:E1", "A11:E11"],
               created="2020-11-16T15:02:00Z")
    L(src, "1.3", "2020-06-30", "document",
      "编办编制的本级政府机关机构职能目录（xlsx，共享字符串，编制日期为Excel日期序列值）→1.3管理公开（组织编写机构职能目录）。"
      "日期取编制日期2020-06-30；陷阱：说明中引用的2019年1月机构改革方案、文件元数据2020-11-16。")

    # ---------------- 1.4 服务公开: 办事指南 ----------------
    src = "市行政审批局/办事指南-食品经营许可.png"
    o.shot(src, green(dict(
        today=today_bar("2020-11-19"), mtitle="政务服务", menu=["事项清单", "办事指南", "办理结果公示", "表格下载", "咨询投诉"], on="办事指南",
        loc="首页 > 政务服务 > 办事指南", title="食品经营许可（新办）办事指南",
        meta=["更新时间：2020-09-17", "发布机构：霸州市行政审批局"],
        paras=["<p class='n'><b>一、事项名称：</b>食品经营许可（新办）　事项编码：11131081MB1F27650R4000117001</p>",
               "<p class='n'><b>二、设定依据：</b>《中华人民共和国食品安全法》第三十五条；《食品经营许可管理办法》（2015年8月31日国家食品药品监督管理总局令第17号公布，2017年11月7日修正）。</p>",
               "<p class='n'><b>三、申请条件：</b>具有与经营的食品品种、数量相适应的食品原料处理和食品加工、销售、贮存等场所；有专职或兼职的食品安全管理人员和保证食品安全的规章制度。</p>",
               "<p class='n'><b>四、申请材料：</b>1.食品经营许可申请书；2.营业执照复印件；3.与食品经营相适应的主要设备设施布局、操作流程等文件；4.食品安全自查、从业人员健康管理等规章制度。</p>",
               "<p class='n'><b>五、办理时限：</b>法定时限20个工作日，承诺时限5个工作日；材料齐全、符合法定形式的当场受理。</p>",
               "<p class='n'><b>六、收费标准：</b>不收费。　<b>七、办理地点：</b>霸州市政务服务中心一楼C区12—15号窗口（霸州市迎宾道与益津路交叉口）。</p>",
               "<p class='n'><b>八、咨询电话：</b>0316-7826015　　<b>监督投诉：</b>0316-7826001</p>"],
        h=1250)))
    L(src, "1.4", "2020-09-17", "screenshot",
      "绿色门户“政务服务—办事指南”：食品经营许可办事指南（申请条件、材料、时限、地点）→1.4服务公开（不是2.4“放管服”，本页是单个事项的办事指南）。"
      "页面只有“更新时间”，按约定取更新时间2020-09-17；陷阱：设定依据中的2015年8月31日、2017年11月7日修正、今天是2020年11月19日。")

    # ---------------- 1.5 结果公开: 人大建议复文 (text PDF) ----------------
    src = "霸州市交通运输局/对市十六届人大五次会议第38号建议的答复.pdf"
    o.pdf(src, docpage(dict(
        red="霸州市交通运输局", no="霸交函〔2020〕17号", title="关于对市十六届人大五次会议第38号建议的答复",
        to="刘建军代表：",
        paras=["您提出的《关于加快东段乡至王庄子乡农村公路提级改造的建议》收悉。经认真研究，现答复如下：",
               "一、关于路况现状。东段乡至王庄子乡县道X513线全长11.6公里，建成于2008年，路面宽度6米，现部分路段存在坑槽、沉陷等病害。我局已于2020年4月组织专业机构开展路况检测，检测结果为“中”等级。",
               "二、关于提级改造安排。该路段已列入《霸州市2020年农村公路提升改造计划》，计划将路面拓宽至7.5米，采用沥青混凝土路面，总投资约2380万元，资金由省级车购税补助资金和市级配套资金共同解决。目前已完成施工图设计，预计2020年10月开工，2021年6月底前完工。",
               "三、关于养护管理。我局将落实“路长制”，由沿线乡镇明确专职养护人员，确保建成一条、养好一条。",
               "感谢您对交通运输工作的关心和支持。如有意见建议，请及时与我们联系。",
               "联系人：张涛　联系电话：0316-7862311"],
        sign=["霸州市交通运输局", "2020年7月20日"],
        after=["<p class='n'>（此件公开发布）</p>", "<p class='n'>抄送：市人大常委会人事代表工作委员会，市政府督查室。</p>"],
        yinfa=("霸州市交通运输局办公室", "2020年7月21日印发"))))
    L(src, "1.5", "2020-07-20", "document",
      "人大代表建议的答复复文（红头，文号霸交函〔2020〕17号）→1.5结果公开（办理完成人大代表建议复文并公开）。日期取落款成文日期2020-07-20；"
      "陷阱：印发行2020年7月21日晚于落款、2008年建成、2020年4月检测、10月开工/2021年6月完工等计划期限、PDF元数据为收集时间。")

    # ---------------- 1.5 结果公开: 成效 (WeChat) ----------------
    src = "市融媒体中心/微信图片_20201112163355.jpg"
    o.shot(src, wechat(
        "霸州：京津冀协同发展重点项目落地见效 前三季度引进京津项目27个", "霸州发布", "2020-10-27",
        ["10月26日，记者从市发展和改革局获悉，今年前三季度，我市紧紧抓住京津冀协同发展和雄安新区建设重大机遇，共引进京津产业转移项目27个，总投资96.3亿元，其中亿元以上项目18个。",
         "在胜芳镇，由北京外迁的家具智能制造产业园一期已于9月底投产，吸纳当地就业1200余人；在霸州经济开发区，京津科技成果转化基地累计入驻企业34家。",
         "市政府相关负责人表示，下一步将继续做好承接疏解、产业协同文章，确保国家战略在我市落地见效、惠及群众。"],
        author="记者 李晓宁"))
    L(src, "1.5", "2020-10-27", "screenshot",
      "“霸州发布”微信文章：国家战略（京津冀协同发展）落地见效的突出成果→1.5结果公开（不是7.2新媒体指标，文章内容是工作成效）。日期取文章署名日期2020-10-27（浅灰）；"
      "陷阱：文件名微信图片_20201112（收集日期）、导语10月26日事件日、9月底投产。")

    # ---------------- 1.6 执法公开: 行政处罚信息公示表 (xlsx) ----------------
    src = "市城市管理综合行政执法局/2020年第三季度行政处罚案件信息公示表.xlsx"
    rows = [["霸州市城市管理综合行政执法局2020年第三季度行政处罚案件信息公示表", "", "", "", "", "", ""],
            ["序号", "行政处罚决定书文号", "违法主体", "主要违法事实", "处罚依据", "处罚内容", "作出处罚决定日期"]]
    cases = [("霸城执罚〔2020〕第061号", "霸州市某某餐饮店", "未按规定设置油烟净化设施", "《中华人民共和国大气污染防治法》第一百一十八条", "罚款5000元", "2020-07-09"),
             ("霸城执罚〔2020〕第067号", "某建筑工程有限公司", "施工工地未采取覆盖等防尘措施", "《河北省大气污染防治条例》第八十五条", "罚款20000元", "2020-07-28"),
             ("霸城执罚〔2020〕第072号", "张某某", "擅自占用城市道路摆摊经营", "《城市道路管理条例》第四十二条", "罚款200元", "2020-08-14"),
             ("霸城执罚〔2020〕第080号", "某某商贸有限公司", "未经批准设置大型户外广告", "《河北省城市市容和环境卫生条例》第六十条", "罚款3000元，限期拆除", "2020-09-03"),
             ("霸城执罚〔2020〕第086号", "某运输车队", "运输渣土车辆未密闭造成遗撒", "《城市市容和环境卫生管理条例》第三十四条", "罚款1000元", "2020-09-22")]
    for i, c in enumerate(cases, 1):
        rows.append([i, c[0], c[1], c[2], c[3], c[4], ("date", c[5])])
    rows.append(["", "", "", "", "", "填报单位：法制股", ""])
    rows.append(["", "", "", "", "", "填报日期：", ("date", "2020-10-12")])
    write_xlsx(o.path(src), "三季度", rows, "行政处罚公示", widths=[6, 24, 22, 30, 36, 18, 16], merge=["A1:G1"], created="2020-11-18T07:55:00Z")
    L(src, "1.6", "2020-10-12", "document",
      "行政执法公示制度下的行政处罚案件信息公示表（xlsx）→1.6执法公开（不是2.1环保，虽有大气污染防治法依据，证明的是执法信息公示）。"
      "日期取填报日期2020-10-12（Excel日期序列）；陷阱：每行处罚决定日期07-09…09-22也是日期序列、第三季度期间、元数据2020-11-18。")

    # ---------------- 1.7 财政: 部门预算公开 (text PDF) ----------------
    src = "市农业农村局/2020年部门预算公开.pdf"
    o.pdf(src, docpage(dict(
        title="霸州市农业农村局2020年部门预算信息公开",
        paras=["<p class='n'><b>第一部分　部门概况</b></p>",
               "霸州市农业农村局负责统筹研究和组织实施“三农”工作战略、规划和政策，下设8个内设机构和3个事业单位。纳入2020年部门预算编制范围的单位共4个，在职人员编制126人。",
               "<p class='n'><b>第二部分　2020年部门预算情况说明</b></p>",
               "一、收支预算总体情况。2020年收入预算总计6835.42万元，其中一般公共预算拨款收入6412.18万元，政府性基金预算拨款收入423.24万元；支出预算总计6835.42万元，比2019年预算增加512.6万元，主要是高标准农田建设配套资金增加。",
               "二、“三公”经费预算情况。2020年“三公”经费预算12.4万元，比上年减少3.1万元，其中公务接待费1.2万元，公务用车运行维护费11.2万元，因公出国（境）费0元。",
               "三、绩效目标设置情况。2020年实行绩效目标管理的项目12个，涉及资金3215.7万元，主要项目绩效目标表见附件。",
               tbl([["项目名称", "预算金额（万元）", "绩效目标"], ["高标准农田建设市级配套", "860.00", "建成高标准农田2.1万亩"],
                    ["农村人居环境整治", "735.50", "完成农村户厕改造4200座"], ["动物疫病防控", "216.30", "重大动物疫病免疫密度100%"]]),
               "<p class='n'><b>第三部分　名词解释</b></p>",
               "“三公”经费：指用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费、公务接待费。"],
        sign=["霸州市农业农村局", "2020年3月16日"])), collected="20201116144000")
    L(src, "1.7", "2020-03-16", "document",
      "部门预算公开说明（含三公经费、项目绩效目标表）→1.7财政信息公开。日期取落款2020-03-16；陷阱：与2019年预算对比、PDF元数据2020-11-16（收集时间）。")

    # ---------------- 1.7 财政: 项目绩效自评 (docx) -- filed by 市财政局 ----------------
    src = "市财政局/2019年度城乡环境整治项目绩效自评报告.docx"
    write_docx(o.path(src), "绩效自评报告", [
        ("t", "霸州市2019年度城乡环境整治专项资金项目绩效自评报告"),
        ("p", "根据《霸州市预算绩效管理办法》（霸财〔2019〕46号）要求，市财政局会同项目实施单位对2019年度城乡环境整治专项资金项目开展了绩效自评，现将有关情况报告如下。"),
        ("p", "一、项目基本情况。项目立项依据为《霸州市城乡环境整治三年行动计划（2018—2020年）》，实施主体为市城市管理综合行政执法局和各乡镇（区、办），年初预算安排1850万元，全年实际支出1796.3万元，预算执行率97.1%。"),
        ("p", "二、绩效目标完成情况。年初设定绩效目标为：完成城区背街小巷改造46条、农村垃圾收运设施配置覆盖率达到100%。经核查，实际完成背街小巷改造48条，垃圾收运设施覆盖全部行政村，群众满意度调查得分92.6分。"),
        ("p", "三、自评结论。经综合评分，本项目绩效自评得分93分，等级为“优”。存在的问题主要是个别乡镇资金拨付进度偏慢，今后将加强资金调度和过程监控。"),
        ("p", "四、结果应用。自评结果将作为2021年度预算安排的重要依据，并按规定在政府门户网站预决算公开栏目向社会公开。"),
        ("r", "霸州市财政局"),
        ("r", "2020年6月5日"),
    ], created="2020-11-17T10:21:00Z")
    L(src, "1.7", "2020-06-05", "document",
      "项目绩效自评报告（立项依据、实施主体、预算安排、绩效目标、自评结果）→1.7财政信息公开（seed第1.7项明确列出绩效自评结果；不是2.1环保）。"
      "日期取落款2020-06-05；陷阱：引用霸财〔2019〕46号、三年行动计划2018—2020年、docx元数据2020-11-17。")

    # ---------------- 2.1 环保: 黑臭水体整治 ----------------
    src = "廊坊市生态环境局霸州市分局/城区黑臭水体整治情况公示.jpg"
    o.shot(src, blue(dict(
        today=today_bar("2020-11-16"), on="政务公开", crumb="首页 > 政务公开 > 重点领域信息公开 > 生态环境",
        title="霸州市城区黑臭水体整治情况公示（2020年第二季度）",
        meta=["发布时间：2020-06-29 10:12", "来源：廊坊市生态环境局霸州市分局", "浏览次数：862"],
        paras=["根据住房和城乡建设部、生态环境部《城市黑臭水体治理攻坚战实施方案》（建城〔2018〕104号）要求，现将我市城区黑臭水体整治情况公示如下：",
               tbl([["水体名称", "所在位置", "长度（km）", "整治措施", "整治进展", "河长"],
                    ["中亭河城区段", "益津路至东环路", "3.2", "截污纳管、清淤疏浚、生态补水", "已完成，长制久清", "王某某"],
                    ["牤牛河霸州段", "霸州经济开发区", "4.6", "雨污分流、岸线整治", "已完成，水质达标", "刘某某"],
                    ["城南排干渠", "裕华道南侧", "1.8", "控源截污、人工湿地", "工程收尾，6月底完工", "赵某某"]]),
               "第二季度监测结果显示，上述水体透明度、溶解氧、氧化还原电位、氨氮四项指标均达到“不黑不臭”标准。",
               "欢迎社会公众对黑臭水体整治工作进行监督。举报电话：0316-12369　邮箱：bzhbj@163.com"],
        rel=("相关链接", [("霸州市2020年5月环境空气质量排名", "2020-06-08"), ("关于开展秋冬季农业面源污染专项检查的通知", "2020-10-13")]),
        h=1380)))
    L(src, "2.1", "2020-06-29", "screenshot",
      "门户“重点领域—生态环境”：城区黑臭水体整治情况公示→2.1环保领域。日期取发布时间2020-06-29；陷阱：建城〔2018〕104号、6月底完工、相关链接06-08/10-13、今天是2020年11月16日。")

    # ---------------- 2.1 环保 filed by a town: 垃圾分类 (WRONG UNIT, txt GB18030) ----------------
    src = "信安镇/关于印发信安镇生活垃圾分类处置工作方案的通知.txt"
    write_text(o.path(src), [
        "信安镇人民政府",
        "关于印发《信安镇2020年生活垃圾分类处置工作方案》的通知",
        "信政〔2020〕22号",
        "",
        "各村（居）委会，镇直各单位：",
        "　　为贯彻落实《河北省城乡生活垃圾分类管理条例》（2020年9月1日起施行）和市委、市政府关于城乡生活垃圾分类处置工作的部署要求，镇政府制定了《信安镇2020年生活垃圾分类处置工作方案》，现印发给你们，请认真贯彻执行。",
        "　　一、工作目标。2020年底前，镇区和12个试点村实现生活垃圾分类投放、分类收集、分类运输、分类处理全覆盖，生活垃圾回收利用率达到35%以上。",
        "　　二、主要任务。（一）按照“可回收物、有害垃圾、厨余垃圾、其他垃圾”四分类标准配置收集容器；（二）建立“户分类、村收集、镇转运、市处理”体系；（三）禁止将有害垃圾混入其他垃圾，防止固体废弃物非法倾倒。",
        "　　三、信息公开。分类处置标准、收运时间、监督电话在镇政府公开栏和各村公开栏同步公示，接受群众监督。",
        "",
        "　　　　　　　　　　　　　　　　　　　　信安镇人民政府",
        "　　　　　　　　　　　　　　　　　　　　2020年9月14日",
        "（联系人：孙立伟　电话：0316-7511036）",
    ], enc="gb18030", crlf=True)
    L(src, "2.1", "2020-09-14", "document",
      WRONG + "信安镇报送，但城市垃圾分类处置、固体废弃物处置监管属于2.1环保领域信息公开（责任单位廊坊市生态环境局霸州市分局）。纯文本GB18030编码、CRLF换行。"
      "日期取落款2020-09-14；陷阱：条例施行日期2020年9月1日、2020年底目标、文号信政〔2020〕22号。")

    # ---------------- 2.2 脱贫攻坚: 特殊贫困群体兜底保障 (WeChat), filed by 市民政局 ----------------
    src = "市民政局/特殊贫困群体兜底保障.jpg"
    o.shot(src, wechat(
        "织密兜底保障网 我市特殊贫困群体“两不愁三保障”全部达标", "霸州民政", "2020-09-11",
        ["为确保特殊贫困群体如期脱贫，市民政局联合市扶贫办对全市建档立卡贫困户中的重度残疾人、失能老人、孤儿等特殊贫困群体开展“回头看”，逐户核实“两不愁三保障”情况。",
         "截至8月底，全市共将1036名符合条件的特殊贫困人口纳入农村低保或特困供养，落实“单人保”政策的重度残疾人217人，发放临时救助资金86.5万元；对142户住房存在安全隐患的贫困户全部完成危房改造或采取安全住房保障措施。",
         "同时，市扶贫办公开了2020年度财政专项扶贫资金项目安排情况，共安排项目31个、资金2764万元，项目名称、建设内容、资金规模、受益对象在各村公开栏同步公示。",
         "下一步，我市将建立防止返贫监测和帮扶机制，对脱贫不稳定户、边缘易致贫户开展动态监测，确保脱贫攻坚成果经得起检验。"],
        author="市民政局"))
    L(src, "2.2", "2020-09-11", "screenshot",
      "民政局微信公众号文章：特殊贫困群体“两不愁三保障”、扶贫项目资金公示→2.2脱贫攻坚（不是2.6社会救助与福利：seed 2.2明确“特殊贫困群体脱贫攻坚…项目资金”）。"
      "日期取文章日期2020-09-11；陷阱：截至8月底统计时点、文件名无日期。")

    # ---------------- 2.3 金融: 政策性融资担保 ----------------
    src = "市地方金融监督管理局/融资担保助力复工复产.jpg"
    o.shot(src, blue(dict(
        today=today_bar("2020-11-19"), on="政务公开", crumb="首页 > 政务公开 > 重点领域信息公开 > 防范金融风险",
        title="我市政策性融资担保“战疫贷”助力小微企业复工复产",
        meta=["发布时间：2020-04-22 09:48", "来源：市地方金融监督管理局", "浏览次数：1247"],
        paras=["为缓解疫情期间小微企业融资难、融资贵问题，市地方金融监督管理局联合霸州市中小企业融资担保有限公司、辖内7家银行机构推出“战疫贷”专项产品。",
               "“战疫贷”单户额度最高500万元，担保费率由1.5%降至0.5%，贷款利率不超过同期贷款市场报价利率（LPR）上浮50个基点，对2月1日至6月30日期间到期的贷款可申请展期或续贷。",
               "截至4月20日，已为家具、钢木、食品加工等行业的213户小微企业发放贷款4.68亿元，平均办理时间缩短至5个工作日。",
               "同时提醒广大企业和群众，政策性融资担保不收取任何“中介费”“手续费”，凡以“包装贷款”“内部渠道”为名收费的均涉嫌诈骗，请及时向公安机关或市地方金融监督管理局（电话：0316-7236688）举报。"],
        side=("金融信息", [("关于做好地方政府专项债券项目信息公开的通知", "2020-08-31"), ("霸州市防范和处置非法集资宣传月活动启动", "2020-05-15"), ("小额贷款公司监管评级结果公示", "2020-03-10")]),
        h=1200, q=64)))
    L(src, "2.3", "2020-04-22", "screenshot",
      "门户“重点领域—防范金融风险”：缓解企业融资难融资贵的政策性融资担保信息→2.3防范金融风险领域。JPEG。日期取发布时间2020-04-22；"
      "陷阱：2月1日至6月30日展期期间、截至4月20日、侧栏08-31/05-15/03-10、今天是2020年11月19日。")

    # ---------------- 2.4 放管服: 外商投资准入负面清单解读 (close neighbour 4.1) ----------------
    src = "市商务局/外商投资准入负面清单解读.png"
    o.shot(src, green(dict(
        today=today_bar("2020-11-18"), mtitle="优化营商环境", menu=["“放管服”改革", "市场监管规则和标准", "“双随机、一公开”", "证照分离", "营商环境评价"], on="“放管服”改革",
        loc="首页 > 重点领域 > “放管服”改革", title="一图读懂2020年版外商投资准入负面清单",
        meta=["发布日期：2020-07-03", "来源：市商务局", "点击：934"],
        paras=["2020年6月23日，国家发展改革委、商务部发布第32号、33号令，公布《外商投资准入特别管理措施（负面清单）（2020年版）》和《自由贸易试验区外商投资准入特别管理措施（负面清单）（2020年版）》，自2020年7月23日起施行。",
               "一、条目进一步缩减。全国负面清单由40条减至33条，自贸试验区负面清单由37条减至30条。",
               "二、服务业开放加快。取消证券公司、证券投资基金管理公司、期货公司、寿险公司外资股比限制；取消城市人口50万以上的城市供排水管网建设、经营须由中方控股的规定。",
               "三、制造业放宽准入。放开商用车制造外资股比限制；取消禁止外商投资放射性矿产冶炼、加工和核燃料生产的规定。",
               "四、农业领域放宽准入。小麦新品种选育和种子生产的中方股比要求由不低于51%放宽至不低于34%。",
               "市商务局将结合“放管服”改革和营商环境优化，为有意在霸投资的外资企业提供精准政策指引，咨询电话：0316-7221035。"],
        h=1250)))
    L(src, "2.4", "2020-07-03", "screenshot",
      "“放管服”改革栏目中对2020年版外商投资准入负面清单的图解宣传→2.4“放管服”改革领域（seed 2.4明确要求加强对2020年版负面清单的宣传解读；"
      "不是4.1政策解读，那是对本级政府出台政策的解读）。日期取发布日期2020-07-03；陷阱：6月23日发布、7月23日施行、今天是2020年11月18日。")

    # ---------------- 2.5 教育: 城区幼儿园招生 (UTF-8 saved html) ----------------
    src = "市教育和体育局/2020年城区公办幼儿园招生公告.html"
    body = ('<div class="top">今天是：2020年11月17日 星期二</div><div class="hd"><div class="nm">霸州市教育和体育局</div></div>'
            '<div class="crumb">当前位置：首页 &gt; 通知公告</div><div class="wrap"><div class="main">'
            '<h1 class="t">2020年霸州市城区公办幼儿园招生公告</h1><div class="meta"><span>发布时间：2020-06-18</span><span>作者：基础教育股</span></div><div class="ct">'
            + paras_html([
                "为进一步扩大学前教育资源供给，满足适龄儿童入园需求，今年我市新建成并投入使用城区公办幼儿园2所（霸州市第六幼儿园、霸州市益津幼儿园），新增学位540个。现将2020年城区公办幼儿园招生有关事项公告如下：",
                "一、招生对象：2017年9月1日至2018年8月31日出生、具有我市城区户籍或父母在城区稳定就业居住的适龄儿童。",
                "二、招生范围：各园按划定的片区招生，片区划分详见附件《2020年城区公办幼儿园招生片区划分表》。",
                "三、报名时间及方式：2020年7月6日至7月10日，家长通过“霸州教育”微信公众号进行网上报名，无法网上报名的可到所在片区幼儿园现场报名。",
                "四、录取办法：报名人数未超过招生计划的全部录取；超过计划的，按照片区内户籍优先、电脑随机派位的原则确定，录取结果于7月20日前在各园公示。",
                "五、收费标准：严格执行市发展和改革局核定的保教费标准（霸发改价〔2019〕12号），每生每月380元。",
                "咨询电话：市教育和体育局基础教育股 0316-7212450"]) +
            '</div></div></div><div class="ft">霸州市教育和体育局 版权所有</div>')
    with open(o.path(src), "w", encoding="utf-8") as f:
        f.write(saved_html("2020年霸州市城区公办幼儿园招生公告_霸州市教育和体育局", BLUE_CSS, body,
                           saved_from="http://www.bazhou.gov.cn/jyj/tzgg/202006/t20200618_1187.html"))
    L(src, "2.5", "2020-06-18", "screenshot",
      "另存为的网页（UTF-8）：城区公办幼儿园招生公告（学前教育供给、招生范围、报名条件、录取）→2.5教育领域。日期取发布时间2020-06-18；"
      "陷阱：出生日期区间2017-09-01至2018-08-31、报名7月6日至10日、7月20日公示期限、霸发改价〔2019〕12号、URL中的t20200618、今天是2020年11月17日。")

    # ---------------- 2.5 教育 filed by a town (WRONG UNIT): 一年级招生范围 phone screenshot ----------------
    src = "东杨庄乡/微信图片_20200903.jpg"
    o.shot(src, wechat(
        "东杨庄乡中心小学2020年秋季一年级新生招生公告", "霸州教育", "2020-07-15",
        ["根据《霸州市2020年义务教育阶段学校招生入学工作实施意见》，现将东杨庄乡中心小学2020年一年级新生招生工作公告如下：",
         "一、招生范围：东杨庄、西杨庄、南庄、刘家坊、后屯等11个行政村户籍适龄儿童及在上述村长期居住的随迁子女。",
         "二、入学年龄：2014年8月31日前出生的儿童。",
         "三、报名时间：8月3日至8月7日（上午8:00—11:30，下午2:30—5:00），报名地点为学校一楼会议室。",
         "四、所需材料：儿童户口簿、出生医学证明、预防接种证；随迁子女另需提供父母居住证明。",
         "咨询电话：0316-7561203（王老师）"]))
    L(src, "2.5", "2020-07-15", "screenshot",
      WRONG + "东杨庄乡报送，但义务教育招生范围/报名条件属于2.5教育领域（责任单位市教育和体育局）。手机截图“霸州教育”公众号。日期取文章日期2020-07-15；"
      "陷阱：文件名微信图片_20200903（转存日期）、出生日期2014年8月31日、报名8月3日至7日。")

    # ---------------- 2.6 社会救助与福利: 就业见习 (docx) ----------------
    src = "市人力资源和社会保障局/关于公布2020年就业见习岗位的公告.docx"
    write_docx(o.path(src), "就业见习岗位公告", [
        ("t", "霸州市人力资源和社会保障局关于公布2020年高校毕业生就业见习岗位的公告"),
        ("p", "为贯彻落实《河北省人民政府办公厅关于应对新冠肺炎疫情做好稳就业工作的实施意见》（冀政办字〔2020〕57号），帮助离校未就业高校毕业生和16—24岁失业青年提升就业能力，经单位申报、审核认定，现将2020年第一批就业见习基地及岗位公布如下。"),
        ("tbl", [["见习基地", "见习岗位", "人数", "见习期限", "生活补助（元/月）"],
                 ["霸州市人民医院", "护理、药剂", "12", "6个月", "1500"],
                 ["河北某某家具有限公司", "设计、电商运营", "8", "6个月", "1800"],
                 ["霸州市某某食品有限公司", "质检、会计", "6", "3个月", "1500"],
                 ["胜芳镇便民服务中心", "综合文员", "4", "6个月", "1400"]]),
        ("p", "一、见习对象：离校2年内未就业的高校毕业生（含2020届）、16—24岁失业青年，以及退役军人中有见习需求的人员。"),
        ("p", "二、补贴政策：见习期间由见习单位发放基本生活补助，财政按当地最低工资标准的70%给予见习补贴；见习期满留用率达到50%以上的，补贴标准提高到80%。"),
        ("p", "三、报名方式：即日起至2020年12月31日，符合条件人员可持身份证、毕业证或就业失业登记证到市公共就业和人才服务局（益津北路58号）报名，联系电话0316-7223318。"),
        ("r", "霸州市人力资源和社会保障局"),
        ("r", "2020年6月8日"),
    ], created="2020-11-17T14:03:00Z")
    L(src, "2.6", "2020-06-08", "document",
      "人社局就业见习岗位公告（面向高校毕业生、失业青年、退役军人的就业专项活动和就业供求信息）→2.6社会救助与福利领域。日期取落款2020-06-08；"
      "陷阱：引用冀政办字〔2020〕57号、报名截止2020年12月31日、docx元数据2020-11-17。")

    # ---------------- 2.6: 退役军人专场招聘 (Weibo) ----------------
    src = "市退役军人事务局/微博截图_专场招聘会.png"
    o.shot(src, weibo(
        "霸州退役军人", "2020-10-16 15:42 来自 微博 weibo.com",
        "【退役军人专场招聘会10月20日举行】为促进退役军人就业创业，市退役军人事务局联合市人力资源和社会保障局定于<b>10月20日（星期二）上午9:00</b>在霸州市人力资源市场举办退役军人专场招聘会，"
        "届时将有46家企业提供保安、驾驶员、仓储管理、技术工人等岗位680余个。参会退役军人请携带退役证、身份证和个人简历。咨询电话：0316-7816021 <a>#退役军人就业#</a> <a>#霸州#</a>"))
    L(src, "2.6", "2020-10-16", "screenshot",
      "政务微博：退役军人专场招聘会（重点群体就业专项活动）→2.6社会救助与福利。窄屏414宽。日期取微博发布时间2020-10-16；陷阱：活动日期10月20日晚于发布、状态栏时间。")

    # ---------------- 2.7 住房保障: 公租房分配结果公示 ----------------
    src = "市住房和城乡建设局/公共租赁住房实物配租结果公示.jpg"
    o.shot(src, blue(dict(
        today=today_bar("2020-11-18"), on="政务公开", crumb="首页 > 政务公开 > 重点领域信息公开 > 住房保障",
        title="霸州市2020年第二批公共租赁住房实物配租摇号结果公示",
        meta=["发布时间：2020-10-22 17:05", "来源：市住房和城乡建设局", "浏览次数：2115"],
        paras=["根据《霸州市公共租赁住房管理办法》（霸政〔2016〕38号），市住房和城乡建设局于2020年10月21日在市政务服务中心六楼会议室，在市公证处公证和群众代表监督下，对第二批62户符合条件的保障对象进行了公开摇号配租，现将结果公示如下：",
               tbl([["序号", "申请人", "家庭人口", "保障类型", "配租房源"], ["1", "李*华", "3", "城镇低收入住房困难家庭", "益津小区3号楼2单元502"],
                    ["2", "王*", "1", "新就业无房职工", "益津小区5号楼1单元301"], ["3", "赵*英", "2", "城镇低保住房困难家庭", "裕华公寓1号楼1203"],
                    ["…", "…", "…", "…", "（共62户，详见附件）"]]),
               "公示期为2020年10月22日至10月28日。公示期间如有异议，请以书面形式向市住房和城乡建设局住房保障股反映（电话：0316-7221547）。",
               "公示期满无异议的，配租家庭于11月10日前签订租赁合同并办理入住手续。"],
        rel=("相关链接", [("2020年老旧小区改造项目计划公示", "2020-05-26"), ("关于开展2020年农村危房改造对象认定工作的通知", "2020-03-12")]),
        h=1350)))
    L(src, "2.7", "2020-10-22", "screenshot",
      "门户“重点领域—住房保障”：公租房配租摇号结果（对象、房源、程序、结果）→2.7住房保障领域。日期取发布时间2020-10-22；"
      "陷阱：摇号日10月21日、公示期10-22至10-28、11月10日前签约、霸政〔2016〕38号、相关链接05-26/03-12。")

    # ---------------- 2.7 filed by a town (WRONG UNIT): 农村危房改造对象公示 photo ----------------
    src = "堂二里镇/IMG_5218.JPG"
    doc = docpage(dict(
        title="堂二里镇2020年农村危房改造对象公示",
        paras=["根据《河北省2020年农村危房改造实施方案》和霸州市住房和城乡建设局关于农村危房改造对象认定的工作要求，经农户申请、村民代表会议评议、镇政府审核，拟将以下农户列为2020年农村危房改造对象，现予公示：",
               tbl([["村别", "户主", "家庭类型", "危房等级", "改造方式"], ["堂二里村", "张**", "建档立卡贫困户", "D级", "原址翻建"],
                    ["小王庄村", "李**", "低保户", "C级", "维修加固"], ["南头村", "刘**", "分散供养特困人员", "D级", "原址翻建"],
                    ["后屯村", "王**", "贫困残疾人家庭", "C级", "维修加固"]]),
               "公示时间：2020年5月11日至5月17日（7天）。",
               "公示期间，如对公示对象有异议，可向镇政府或市住房和城乡建设局实名反映。监督电话：0316-7651012（镇政府）、0316-7221547（市住建局）。"],
        sign=["堂二里镇人民政府", "2020年5月9日"]), for_image=True)
    text, size = photo_page(doc, rotate=1.8)
    o.jobs[0].append(("shot", o.html_file(text), o.path(src), size))
    L(src, "2.7", "2020-05-09", "document",
      WRONG + "堂二里镇报送，但农村危房改造对象公示属于2.7住房保障领域（责任单位市住房和城乡建设局；不是2.2脱贫攻坚——seed 2.7明确列出农村危房改造）。"
      "手机拍摄的纸质公示（略倾斜，JPEG）。日期取落款2020-05-09；陷阱：公示期5月11日至17日晚于落款、文件名IMG_5218无信息。")

    # ---------------- 2.8 国有产权交易 filed by 市财政局 (WRONG UNIT), text PDF ----------------
    src = "财政局/成交结果公示.pdf"
    o.pdf(src, docpage(dict(
        title="霸州市行政事业单位报废公务车辆处置项目成交结果公示",
        subtitle="项目编号：BZGZ-CQ-2020-016",
        paras=["受霸州市财政局委托，霸州市公共资源交易中心于2020年8月25日对霸州市行政事业单位2020年第二批报废公务车辆处置项目进行网络竞价，现将成交结果公示如下：",
               "一、交易决策及批准情况：本次处置经市财政局《关于同意处置报废公务车辆的批复》（霸财资〔2020〕9号）批准。",
               "二、标的情况：报废公务车辆23台，评估机构为霸州市某某资产评估有限公司，评估价值合计18.6万元。",
               "三、转让底价：18.6万元。",
               "四、成交价格：26.35万元，溢价率41.7%。",
               "五、受让方：廊坊某某再生资源回收有限公司。",
               "六、公示期：2020年8月26日至9月1日。对公示结果有异议的，请在公示期内以书面形式向霸州市公共资源交易中心提出。",
               "联系电话：0316-7229206"],
        sign=["霸州市公共资源交易中心", "2020年8月26日"])), collected="20201118091500")
    L(src, "2.8", "2020-08-26", "document",
      WRONG + "市财政局报送（委托方），但这是公共资源交易中心发布的国有资产（产权）交易成交结果（决策批准、评估、底价、成交价）→2.8国有产权交易领域，"
      "责任单位市行政审批局（市公共资源交易中心）。日期取落款2020-08-26；陷阱：竞价日8月25日、公示期至9月1日、霸财资〔2020〕9号、PDF元数据2020-11-18。")

    # ---------------- 2.9 招投标: 中标候选人公示 (GBK htm) ----------------
    src = "市公共资源交易中心/中标候选人公示.htm"
    body = ('<table width="980" align="center"><tr><td style="background:#8b1a1a;color:#fff;font-size:26px;padding:18px">霸州市公共资源交易中心</td></tr>'
            '<tr><td style="font-size:12px;color:#666;padding:6px">您现在的位置：首页 &gt;&gt; 交易信息 &gt;&gt; 工程建设 &gt;&gt; 中标候选人公示</td></tr>'
            '<tr><td><h2 style="text-align:center;font-size:20px;margin:14px">霸州市南环路（益津南路至东环路段）道路改造工程中标候选人公示</h2>'
            '<p style="text-align:center;font-size:12px;color:#888">发布时间：2020年09月09日　　信息来源：霸州市公共资源交易中心</p><div style="font-size:14px;line-height:26px">'
            '<p>招标项目编号：BZZB-GC-2020-058　　招标人：霸州市住房和城乡建设局</p>'
            '<p>项目审批核准：霸州市行政审批局《关于霸州市南环路道路改造工程可行性研究报告的批复》（霸审批投资〔2020〕31号）。</p>'
            '<p>开标时间：2020年9月8日9时30分　　评标委员会依法组建，经评审，确定中标候选人如下：</p>'
            '<table border="1" cellspacing="0" cellpadding="4" width="100%"><tr><th>排序</th><th>中标候选人</th><th>投标报价（元）</th><th>工期</th><th>项目经理</th><th>信用等级</th></tr>'
            '<tr><td>1</td><td>河北某某路桥工程有限公司</td><td>38,265,412.36</td><td>150日历天</td><td>王某（冀113...）</td><td>AAA</td></tr>'
            '<tr><td>2</td><td>廊坊市某某市政工程有限公司</td><td>38,910,027.80</td><td>150日历天</td><td>刘某</td><td>AA</td></tr>'
            '<tr><td>3</td><td>某某建设集团有限公司</td><td>39,102,558.15</td><td>145日历天</td><td>张某</td><td>AA</td></tr></table>'
            '<p>公示期：2020年9月9日至2020年9月11日。投标人或者其他利害关系人对评标结果有异议的，应当在公示期内向招标人提出。</p>'
            '<p>招标人联系电话：0316-7221547　　招标代理机构：河北某某工程项目管理有限公司 0316-2105566</p>'
            '<p>监督部门：霸州市住房和城乡建设局 0316-7212990</p></div></td></tr></table>')
    with open(o.path(src), "wb") as f:
        f.write(saved_html("霸州市南环路道路改造工程中标候选人公示", "body{font-family:SimSun,serif}", body, charset="gb2312").encode("gbk"))
    L(src, "2.9", "2020-09-09", "screenshot",
      "另存为的交易中心网页（GBK编码，声明gb2312）：中标候选人公示（审批核准信息、市场主体信用等级）→2.9工程建设项目招投标领域"
      "（不是2.10：本页是招投标环节信息）。日期取发布时间2020年09月09日；陷阱：开标9月8日、公示期9-09至9-11、霸审批投资〔2020〕31号。")

    # ---------------- 2.10 重大建设项目: 核准批复 (image-only scan PDF) ----------------
    src = "发改局/扫描件20201118.pdf"
    doc = docpage(dict(
        red="霸州市行政审批局文件", no="霸审批投资〔2020〕19号",
        title="关于霸州经济开发区集中供热热源厂扩建项目核准的批复",
        to="霸州市热力有限公司：",
        paras=["你公司报来的《关于霸州经济开发区集中供热热源厂扩建项目核准的申请》及相关材料收悉。经研究，现就该项目核准事项批复如下：",
               "一、为满足霸州经济开发区及城区东部新增供热需求，同意建设霸州经济开发区集中供热热源厂扩建项目。项目单位为霸州市热力有限公司。",
               "二、项目建设地点位于霸州经济开发区东区，新增用地2.3公顷。建设规模及内容：新建2台116MW燃气热水锅炉及配套脱硝、烟气余热回收设施，新增供热面积约420万平方米。",
               "三、项目总投资2.86亿元，资金来源为企业自筹和银行贷款。",
               "四、项目须依法办理规划、用地、环评、施工许可等手续；招标范围全部委托招标、招标方式公开招标。",
               "五、本核准文件自印发之日起有效期限2年。"],
        sign=["霸州市行政审批局", "2020年5月27日"],
        after=["<p class='n'>抄送：市发展和改革局、市自然资源和规划局、廊坊市生态环境局霸州市分局、市住房和城乡建设局。</p>"],
        yinfa=("霸州市行政审批局办公室", "2020年5月28日印发")), for_image=True)
    o.scanpdf(src, doc, collected="20201118102000")
    L(src, "2.10", "2020-05-27", "document",
      "纯图像扫描PDF（无文字层）：重大建设项目核准批复（批准结果）→2.10重大建设项目批准和实施领域（不是2.9招投标、不是2.1环保）。"
      "日期取落款2020-05-27；陷阱：文件名扫描件20201118（扫描日期）、印发2020年5月28日、有效期2年、PDF元数据2020-11-18。")

    # ---------------- 2.11 灾害: 暴雨预警 + 防汛应急响应 (WeChat) ----------------
    src = "市应急管理局/暴雨预警及应急响应.png"
    o.shot(src, wechat(
        "霸州市防汛抗旱指挥部启动防汛Ⅳ级应急响应", "霸州应急管理", "2020-08-12",
        ["霸州市气象台2020年8月12日10时发布暴雨蓝色预警信号：预计12日夜间至13日白天，我市将出现暴雨天气，累计降雨量50—80毫米，局地伴有短时大风和冰雹。",
         "根据《霸州市防汛应急预案》，市防汛抗旱指挥部决定自8月12日12时起启动防汛Ⅳ级应急响应。",
         "各乡镇（区、办）、各有关部门要立即进入应急状态，加强河道、低洼易涝区、地下空间、在建工地等重点部位巡查，提前转移危险区域群众，确保人民群众生命财产安全。",
         "遇险情请拨打应急救援电话：0316-7228110、119。"],
        author="市防汛抗旱指挥部办公室"))
    L(src, "2.11", "2020-08-12", "screenshot",
      "应急管理局公众号：自然灾害预警及应急响应信息→2.11灾害事故救援领域。窄屏PNG。日期取文章日期2020-08-12；陷阱：预警时刻12日10时、响应12时、降雨13日。")

    # ---------------- 2.11 filed by a town (WRONG UNIT): 防汛演练 Weibo ----------------
    src = "煎茶铺镇/防汛应急演练微博.png"
    o.shot(src, weibo(
        "霸州发布", "2020-6-19 17:08 来自 iPhone客户端",
        "【煎茶铺镇开展防汛抢险应急演练】6月18日下午，市应急管理局在煎茶铺镇大清河堤段组织开展2020年防汛抢险综合应急演练，模拟堤防管涌、群众转移安置等科目。"
        "演练动用抢险队员120人、冲锋舟4艘、大型机械6台。市应急管理局提醒：入汛后请密切关注气象预警信息，远离河道、低洼地带。<a>#防汛#</a>", n_img=6))
    L(src, "2.11", "2020-06-19", "screenshot",
      WRONG + "煎茶铺镇报送，但防汛抢险应急救援工作信息属于2.11灾害事故救援领域（责任单位市应急管理局）。微博窄屏截图。日期取微博时间2020-6-19；陷阱：演练日6月18日早于发布。")

    # ---------------- 2.12 公共文化体育: 设施名录 ----------------
    src = "市文化广电和旅游局/公共文化设施名录及开放时间.jpg"
    o.shot(src, green(dict(
        today=today_bar("2020-11-16"), mtitle="公共文化体育", menu=["法律法规", "保障政策", "服务指南", "设施名录", "全民健身", "体育协会"], on="设施名录",
        loc="首页 > 重点领域 > 公共文化体育 > 设施名录", title="霸州市公共文化体育设施名录及免费开放时间",
        meta=["发布时间：2020-05-18", "来源：市文化广电和旅游局", "浏览：618"],
        paras=["为方便群众就近享受公共文化体育服务，现将我市公共文化体育设施名录及疫情防控常态化下的开放安排公布如下：",
               tbl([["设施名称", "地址", "开放时间", "服务内容", "联系电话"],
                    ["霸州市图书馆", "益津中路126号", "周二至周日 9:00—17:00", "借阅、数字阅读、讲座", "7221356"],
                    ["霸州市文化馆", "迎宾西道8号", "周二至周日 8:30—17:30", "艺术培训、展览、排练", "7225160"],
                    ["霸州市博物馆", "文化广场北侧", "周三至周日 9:00—16:30", "基本陈列、临展", "7869011"],
                    ["霸州市全民健身中心", "体育场路1号", "每日 6:00—21:00", "游泳、羽毛球、健身", "7213368"],
                    ["胜芳镇综合文化站", "胜芳镇政府院内", "周一至周五 8:30—17:00", "图书、文体活动", "7631122"]]),
               "自5月19日起，各场馆实行预约、限流、错峰开放，入馆人员须出示健康码、佩戴口罩、配合测温，瞬时接待量不超过最大承载量的30%。"],
        h=1150)))
    L(src, "2.12", "2020-05-18", "screenshot",
      "绿色门户左侧菜单“设施名录”：公共文化体育设施机构名录及开放情况→2.12公共文化体育领域。日期取发布时间2020-05-18；陷阱：5月19日起执行、今天是2020年11月16日。")

    # ---------------- 2.13 自然资源: 土地供应计划 (docx) ----------------
    src = "市自然资源和规划局/霸州市2020年度国有建设用地供应计划.docx"
    write_docx(o.path(src), "国有建设用地供应计划", [
        ("t", "霸州市2020年度国有建设用地供应计划"),
        ("p", "根据《土地管理法》《城市国有土地使用权出让转让规划管理办法》和原国土资源部《国有建设用地供应计划编制规范（试行）》（国土资发〔2010〕117号）规定，结合我市国民经济和社会发展规划、土地利用总体规划及年度土地利用计划，编制本计划。"),
        ("p", "一、供应总量。2020年度全市国有建设用地计划供应总量为186.5公顷，其中存量建设用地112.3公顷，新增建设用地74.2公顷。"),
        ("tbl", [["用途", "面积（公顷）", "占比"], ["工矿仓储用地", "78.6", "42.1%"], ["商服用地", "15.2", "8.2%"],
                 ["住宅用地", "46.9", "25.1%"], ["公共管理与公共服务用地", "21.4", "11.5%"], ["交通运输及其他用地", "24.4", "13.1%"]]),
        ("p", "二、供应方式。经营性用地一律采取招标拍卖挂牌方式出让；工业用地推行长期租赁、先租后让、弹性年期出让；保障性住房用地优先保障。"),
        ("p", "三、实施管理。出让公告、成交公示和供应结果通过霸州市人民政府门户网站、中国土地市场网同步公开。本计划执行期为2020年1月1日至2020年12月31日。"),
        ("r", "霸州市自然资源和规划局"),
        ("r", "2020年3月31日"),
    ], created="2020-11-16T16:45:00Z")
    L(src, "2.13", "2020-03-31", "document",
      "年度国有建设用地供应计划（docx）→2.13自然资源配置领域（seed明确“年度土地供应计划”）。日期取落款2020-03-31；陷阱：国土资发〔2010〕117号、执行期2020-01-01至12-31、元数据2020-11-16。")

    # ---------------- 2.13 filed by a town (WRONG UNIT): 征收土地预公告 (UTF-8 BOM txt) ----------------
    src = "胜芳镇/征收土地预公告.txt"
    write_text(o.path(src), [
        "霸州市人民政府",
        "征收土地预公告",
        "霸政征预告〔2020〕6号",
        "",
        "因霸州市胜芳镇城镇建设需要，拟征收胜芳镇东张庄村、后刘庄村集体土地。根据《中华人民共和国土地管理法》第四十七条和《河北省土地管理条例》有关规定，现将拟征收土地有关事项预公告如下：",
        "一、征收范围：胜芳镇东张庄村、后刘庄村，东至规划纬三路，西至东张庄村现状道路，南至大清河北堤，北至胜芳大街。",
        "二、征收目的：用于胜芳镇城镇建设（安置住房及配套公共服务设施）。",
        "三、拟征收面积：约12.6公顷，具体以勘测定界成果为准。",
        "四、开展土地现状调查的安排：自本预公告发布之日起，由市自然资源和规划局会同胜芳镇人民政府开展土地现状调查，请相关权利人予以配合。",
        "五、其他事项：自本预公告发布之日起，在拟征收范围内抢栽抢建的，不予补偿。",
        "",
        "霸州市人民政府",
        "2020年7月8日",
        "",
        "（本预公告同时在胜芳镇政府公开栏和征地信息共享平台公布）",
    ], enc="utf-8", bom=True)
    L(src, "2.13", "2020-07-08", "document",
      WRONG + "胜芳镇报送，但征收土地预公告属于征地信息公开→2.13自然资源配置领域（责任单位市自然资源和规划局；不是2.10重大建设项目中的“征收土地”，此处不涉及重大建设项目）。"
      "UTF-8带BOM纯文本。日期取落款2020-07-08；陷阱：文号霸政征预告〔2020〕6号。")

    # ---------------- 2.14 医疗卫生: 医保基金专项治理通告 ----------------
    src = "市医疗保障局/打击欺诈骗保专项治理通告.png"
    o.shot(src, framed(blue(dict(
        today=today_bar("2020-11-19"), on="政务公开", crumb="首页 > 政务公开 > 重点领域信息公开 > 医疗卫生",
        title="霸州市医疗保障局关于开展2020年打击欺诈骗取医疗保障基金专项治理的通告",
        meta=["发布时间：2020-04-27 11:20", "来源：市医疗保障局", "浏览次数：3320"],
        paras=["为加强医疗保障基金监管，维护基金安全，根据国家医保局、国家卫生健康委《关于开展医保定点医疗机构规范使用医保基金行为专项治理工作的通知》（医保函〔2020〕9号）要求，我局决定自2020年5月至12月在全市开展打击欺诈骗取医疗保障基金专项治理。",
               "一、治理重点：定点医疗机构虚构医药服务、伪造医疗文书、挂床住院、串换药品耗材；定点零售药店为参保人员串换药品、刷卡套现；参保人员冒名就医、转卖药品等行为。",
               "二、举报奖励：对查证属实的举报，按照《欺诈骗取医疗保障基金行为举报奖励暂行办法》给予最高10万元奖励。举报电话：0316-7256319。"],
        h=1100)), "xxgk.bazhou.gov.cn/ybj/202004/t20200427_2231.html", "霸州市医疗保障局关于开展2020…", ("10:47", "2020/11/19")))
    L(src, "2.14", "2020-04-27", "screenshot",
      "带浏览器框和Windows任务栏时钟的桌面截图：医保基金监管专项治理通告→2.14医疗卫生领域（seed含“医保监管”）。日期取发布时间2020-04-27；"
      "陷阱：任务栏时钟2020/11/19、今天是2020年11月19日、医保函〔2020〕9号、治理期5月至12月。")

    # ---------------- 2.14: 医疗卫生栏目页 (null) ----------------
    src = "市卫生健康局/医疗卫生信息公开栏目.jpg"
    o.shot(src, blue(dict(
        today=today_bar("2020-11-13"), on="政务公开", crumb="首页 > 政务公开 > 重点领域信息公开 > 医疗卫生",
        title="医疗卫生",
        list=[("霸州市新冠肺炎疫情防控指挥部关于做好冬春季疫情防控工作的通告", "2020-11-11"),
              ("霸州市2020年第三季度二级公立医院医疗服务质量监测结果", "2020-10-19"),
              ("霸州市卫生健康局关于公布发热门诊设置情况的公告", "2020-09-30"),
              ("2020年霸州市药品安全专项整治工作方案", "2020-07-16"),
              ("霸州市基本公共卫生服务项目资金分配情况公示", "2020-06-22"),
              ("关于公布霸州市核酸检测机构名单及服务价格的公告", "2020-06-17"),
              ("霸州市卫生健康局2020年“双随机、一公开”抽查计划", "2020-04-03"),
              ("霸州市新冠肺炎疫情防控工作指挥部第12号通告", "2020-02-09"),
              ("霸州市第一季度医疗机构不良执业行为记分情况", "2020-01-10")],
        pg="共 5 页　首页 上一页 1 2 3 4 5 下一页 尾页",
        side=("卫生健康", [("政策文件", ""), ("医疗服务", ""), ("疾病防控", ""), ("药品安全", "")]), h=1050)))
    L(src, "2.14", None, "screenshot",
      "医疗卫生领域栏目列表页（疫情防控、医疗服务、药品安全）→2.14医疗卫生领域。栏目页没有自己的发布日期→published=null；"
      "陷阱：列表中各条目日期2020-01-10…2020-11-11、今天是2020年11月13日。")

    # ---------------- 3.1 县级目录: 26领域标准目录 column page (null) ----------------
    src = "市政务公开办/26个领域标准目录栏目.png"
    o.shot(src, green(dict(
        today=today_bar("2020-11-20"), mtitle="信息公开", menu=XXGK_MENU, on="基层政务公开标准化",
        loc="首页 > 基层政务公开标准化 > 霸州市政务公开事项标准目录",
        list=[("重大建设项目领域政务公开事项标准目录", "2020-10-30"), ("公共资源交易领域政务公开事项标准目录", "2020-10-30"),
              ("财政预决算领域政务公开事项标准目录", "2020-10-29"), ("安全生产领域政务公开事项标准目录", "2020-10-29"),
              ("税收管理领域政务公开事项标准目录", "2020-10-28"), ("征地补偿领域政务公开事项标准目录", "2020-10-28"),
              ("国有土地上房屋征收与补偿领域政务公开事项标准目录", "2020-10-27"), ("环境保护领域政务公开事项标准目录", "2020-10-27"),
              ("公共文化服务领域政务公开事项标准目录", "2020-10-26"), ("义务教育领域政务公开事项标准目录", "2020-10-26"),
              ("救灾领域政务公开事项标准目录", "2020-10-23"), ("养老服务领域政务公开事项标准目录", "2020-10-23")],
        pg="共26条　第1/3页　下一页", h=1050)))
    L(src, "3.1", None, "screenshot",
      "信息公开平台“基层政务公开标准化”栏目页，列出本市26个领域政务公开事项标准目录→3.1县级政务公开事项目录（不是各领域指标2.x，也不是3.2乡镇目录）。"
      "栏目页无自身日期→null；陷阱：列表日期10-23…10-30、今天是2020年11月20日。")

    # ---------------- 3.2 乡镇目录: 康仙庄乡 (docx) ----------------
    src = "康仙庄乡/康仙庄乡基层政务公开标准目录.docx"
    write_docx(o.path(src), "基层政务公开标准目录", [
        ("t", "康仙庄乡基层政务公开事项标准目录"),
        ("p", "根据《霸州市全面推进基层政务公开标准化规范化工作实施方案》（霸政办〔2020〕3号）要求，结合我乡实际，编制本目录。目录涵盖乡级政务公开事项和村务公开事项，实行动态调整。"),
        ("tbl", [["序号", "公开事项", "公开内容", "公开依据", "公开时限", "公开渠道"],
                 ["1", "机构职能", "乡政府职能、领导分工、内设机构", "《政府信息公开条例》", "信息形成或变更20个工作日内", "政府网站、公开栏"],
                 ["2", "农村低保", "申请条件、审批程序、保障对象名单", "《社会救助暂行办法》", "审批后及时公开", "公开栏、村务公开栏"],
                 ["3", "高龄津贴", "发放标准、对象、金额", "《河北省高龄津贴制度实施办法》", "每季度", "村务公开栏"],
                 ["4", "农村宅基地", "审批程序、审批结果", "《土地管理法》", "审批后10个工作日内", "公开栏"],
                 ["5", "村级财务", "收支明细、集体资产", "《村务公开条例》", "每季度", "村务公开栏"],
                 ["6", "惠农补贴", "耕地地力保护补贴发放名单", "财政补贴政策文件", "发放前公示7天", "村务公开栏、微信群"]]),
        ("p", "本目录自发布之日起执行，由乡党政办公室负责解释。"),
        ("r", "康仙庄乡人民政府"),
        ("r", "2020年10月19日"),
    ], created="2020-11-18T08:10:00Z")
    L(src, "3.2", "2020-10-19", "document",
      "乡级政务公开和村务公开事项标准目录（docx）→3.2乡、镇基层政务公开目录。日期取落款2020-10-19；陷阱：引用霸政办〔2020〕3号、“20个工作日”、元数据2020-11-18。")

    # ---------------- 4.1 解读情况: 政策解读 ----------------
    src = "市住房和城乡建设局/《霸州市城镇老旧小区改造实施方案》政策解读.png"
    o.shot(src, blue(dict(
        today=today_bar("2020-11-18"), on="政务公开", crumb="首页 > 政务公开 > 政策解读 > 部门解读",
        title="《霸州市城镇老旧小区改造实施方案》政策解读",
        meta=["发布时间：2020-08-19 15:30", "来源：市住房和城乡建设局", "解读类型：文字解读"],
        paras=["2020年8月13日，市政府办公室印发了《霸州市城镇老旧小区改造实施方案》（霸政办〔2020〕28号）。为便于社会公众理解，现就有关内容解读如下：",
               "一、出台背景。根据《国务院办公厅关于全面推进城镇老旧小区改造工作的指导意见》（国办发〔2020〕23号）和省、廊坊市工作部署，为改善居民居住条件，结合我市实际，制定本方案。",
               "二、改造范围。2000年底前建成、失养失修失管、市政配套设施不完善、社区服务设施不健全的城镇住宅小区，2020年计划改造27个小区、3864户。",
               "三、改造内容。分为基础类（水电气热、道路、光纤等）、完善类（加装电梯、停车场、充电桩等）和提升类（养老、托育、便民市场等）三类。",
               "四、资金筹措。采取中央补助、地方财政配套、居民合理出资、社会资本参与等方式共同筹措。",
               "五、解读机关及联系方式：市住房和城乡建设局城建股，电话0316-7221547。"],
        rel=("相关文件", [("霸州市人民政府办公室关于印发《霸州市城镇老旧小区改造实施方案》的通知（霸政办〔2020〕28号）", "2020-08-14")]),
        h=1320)))
    L(src, "4.1", "2020-08-19", "screenshot",
      "政策解读栏目中对本级政府出台政策（霸政办〔2020〕28号）的解读稿，在政策印发后5个工作日内发布→4.1解读情况（不是2.7住房保障：页面是解读稿本身）。"
      "日期取发布时间2020-08-19；陷阱：政策印发8月13日、相关文件日期08-14、国办发〔2020〕23号、2000年底。")

    # ---------------- 4.2 解读比例: 自查报告 (docx) ----------------
    src = "市政务公开办/关于2020年政策性文件解读情况的自查报告.docx"
    write_docx(o.path(src), "政策解读自查报告", [
        ("t", "关于2020年政策性文件解读情况的自查报告"),
        ("p", "按照《霸州市人民政府办公室关于做好2020年重大政策宣传解读工作的通知》要求，市政务公开办对2020年1月1日至11月10日期间市政府及市政府办公室印发、并在政府门户网站公开的政策性文件解读情况进行了逐件核查，现将有关情况报告如下。"),
        ("p", "一、总体情况。期间共印发涉及面广、社会关注度高的政策性文件14件，已全部在门户网站公开，其中13件同步或在5个工作日内发布了解读材料，解读率92.9%。解读形式包括文字解读9件、图片图解3件、负责人访谈1件。"),
        ("tbl", [["文件名称", "文号", "印发日期", "解读形式", "是否解读"],
                 ["霸州市2020年政务公开工作要点", "霸政办〔2020〕14号", "2020年4月28日", "图解", "是"],
                 ["霸州市城镇老旧小区改造实施方案", "霸政办〔2020〕28号", "2020年8月13日", "文字解读", "是"],
                 ["霸州市城区集中供热价格调整方案", "霸政〔2020〕21号", "2020年8月20日", "负责人访谈", "是"],
                 ["霸州市农村公路管理养护办法", "霸政办〔2020〕35号", "2020年10月9日", "—", "否（正在起草）"]]),
        ("p", "二、存在问题。个别部门对解读工作重视不够，仍存在“解读滞后”“照搬原文”现象；《霸州市农村公路管理养护办法》解读材料尚未发布。"),
        ("p", "三、整改措施。已督促市交通运输局于11月20日前完成解读材料起草，经审核后发布；今后严格执行政策文件与解读材料同步组织、同步审签、同步部署制度，确保被解读文件比例达到100%。"),
        ("r", "霸州市政务公开办公室"),
        ("r", "2020年11月13日"),
    ], created="2020-11-13T09:40:00Z")
    L(src, "4.2", "2020-11-13", "document",
      "政策性文件解读比例自查报告（14件印发13件解读）→4.2解读比例（不是4.1：核心是被解读文件数量/比例）。日期取落款2020-11-13；"
      "陷阱：核查期1月1日至11月10日、表中印发日期04-28/08-13/08-20/10-09、整改期限11月20日。")

    # ---------------- 4.3 解读关联: 政策文件页带“相关解读” ----------------
    src = "市政务公开办/政策文件与解读关联截图.jpg"
    o.shot(src, blue(dict(
        today=today_bar("2020-11-16"), on="政务公开", crumb="首页 > 政务公开 > 政策文件 > 市政府办文件",
        title="霸州市人民政府办公室关于印发《霸州市2020年政务公开工作要点》的通知",
        meta=["索引号：131081001/2020-00214", "发布时间：2020-04-30", "文号：霸政办〔2020〕14号", "主题分类：政务公开"],
        paras=["<p class='n'>各乡镇（区、办），市政府各部门，各相关单位：</p>",
               "《霸州市2020年政务公开工作要点》已经市政府同意，现印发给你们，请结合实际认真贯彻落实。",
               "<p class='r'>霸州市人民政府办公室</p><p class='r'>2020年4月28日</p>",
               "<p class='n'>（此件公开发布）</p>",
               "<div style='border:2px solid #f2a20c;background:#fff8e8;padding:10px 16px;margin-top:16px'><b style='color:#c77700'>【相关解读】</b>"
               "<p class='n'>· 图解：一图读懂《霸州市2020年政务公开工作要点》（2020-05-06）</p>"
               "<p class='n'>· 文字解读：《霸州市2020年政务公开工作要点》政策解读（2020-05-06）</p></div>"],
        rel=("相关文件", [("国务院办公厅关于印发2020年政务公开工作要点的通知（国办发〔2020〕17号）", "2020-06-18"),
                         ("河北省人民政府办公厅关于印发2020年政务公开工作要点的通知", "2020-07-02")]),
        h=1000, q=70)))
    L(src, "4.3", "2020-04-30", "screenshot",
      "政策文件页面底部的“相关解读”关联框（文件与解读稿双向关联）→4.3解读关联（截图要证明的是关联，不是文件本身或解读内容）。JPEG。"
      "日期取本页发布时间2020-04-30；陷阱：落款2020年4月28日、解读稿05-06、相关文件06-18/07-02、索引号中的2020、今天是2020年11月16日。")

    # ---------------- 5.1 指南: 辛章办事处 (text PDF) ----------------
    src = "辛章办事处/辛章办事处政府信息公开指南.pdf"
    o.pdf(src, docpage(dict(
        title="霸州市人民政府辛章办事处政府信息公开指南",
        paras=["为了更好地提供政府信息公开服务，根据《中华人民共和国政府信息公开条例》（2019年4月3日中华人民共和国国务院令第711号修订，以下简称《条例》），编制本指南。需要获得辛章办事处政府信息公开服务的公民、法人或者其他组织，建议阅读本指南。",
               "<p class='n'><b>一、主动公开</b></p>",
               "（一）公开范围。本机关主动公开《条例》第二十条、第二十一条规定的政府信息，包括机构职能、规范性文件、财政预决算、惠农补贴、社会救助、征地拆迁等。",
               "（二）公开方式。主要通过霸州市政府信息公开平台“辛章办事处”栏目公开，同时通过办事处便民服务中心公开栏、各社区（村）公开栏公开。",
               "（三）公开时限。属于主动公开范围的信息，自该信息形成或者变更之日起20个工作日内予以公开。",
               "<p class='n'><b>二、依申请公开</b></p>",
               "（一）受理机构：辛章办事处党政综合办公室。地址：霸州市辛章办事处政府院内一楼；邮编：065700；办公时间：工作日上午8:30—12:00，下午14:00—17:30（法定节假日除外）；联系电话：0316-7572061。",
               "（二）申请方式：当面提交、信函申请、网络申请（霸州市政府信息公开平台依申请公开栏目在线填报）。",
               "（三）答复时限：能够当场答复的当场答复；不能当场答复的，自收到申请之日起20个工作日内予以答复，需要延长的经负责人同意可延长不超过20个工作日。",
               "<p class='n'><b>三、监督和救济</b></p>",
               "公民、法人或者其他组织认为本机关在政府信息公开工作中侵犯其合法权益的，可以向霸州市政务公开办公室投诉、举报，也可以依法申请行政复议或者提起行政诉讼。"],
        sign=["霸州市人民政府辛章办事处", "2020年3月26日"])), collected="20201119084500")
    L(src, "5.1", "2020-03-26", "document",
      "办事处政府信息公开指南（文字PDF）→5.1信息公开指南（不是6.1申请渠道：指南整体，渠道只是其中一节）。日期取落款2020-03-26；"
      "陷阱：国务院令第711号“2019年4月3日修订”、20个工作日时限、PDF元数据2020-11-19。")

    # ---------------- 5.2 制度: 保密审查制度 page ----------------
    src = "市政务公开办/政府信息公开保密审查制度.png"
    o.shot(src, green(dict(
        today=today_bar("2020-11-17"), mtitle="信息公开", menu=XXGK_MENU, on="政府信息公开制度",
        loc="首页 > 政府信息公开制度", title="霸州市政府信息公开保密审查制度",
        meta=["发布时间：2020-05-08", "发布机构：霸州市政务公开办公室", "文号：霸政公办〔2020〕2号"],
        paras=["第一条　为规范政府信息公开保密审查工作，防止国家秘密泄露，根据《中华人民共和国保守国家秘密法》《中华人民共和国政府信息公开条例》等规定，制定本制度。",
               "第二条　各乡镇（区、办）、市政府各部门在主动公开或依申请公开政府信息前，应当依照法律法规和国家有关规定进行保密审查。",
               "第三条　保密审查实行“先审查、后公开”和“一事一审”原则，由信息产生科室初审、单位保密工作机构复审、分管领导签批。",
               "第四条　对不能确定是否可以公开的政府信息，应当依法报有关主管部门或者保密行政管理部门确定。",
               "第五条　各单位应建立保密审查登记台账，如实记录审查时间、审查人、审查结论，台账保存期限不少于3年。",
               "第六条　本制度自印发之日起施行。",
               "<p class='r'>霸州市政务公开办公室</p><p class='r'>2020年5月6日</p>"],
        rel=("本栏目其他制度", [("霸州市政府信息公开申请受理登记制度", "2020-05-08"), ("霸州市政府信息发布协调制度", "2019-12-20")]),
        h=1250)))
    L(src, "5.2", "2020-05-08", "screenshot",
      "信息公开平台“政府信息公开制度”栏目中的保密审查制度→5.2信息公开制度。网页取发布时间2020-05-08（不取页面内落款2020年5月6日）；"
      "陷阱：文号霸政公办〔2020〕2号、“3年”、其他制度2019-12-20、今天是2020年11月17日。")

    # ---------------- 5.3 年报: 王庄子乡 (JPEG portal) ----------------
    src = "王庄子乡/2019年度政府信息公开工作年度报告.jpg"
    o.shot(src, blue(dict(
        today=today_bar("2020-11-18"), on="政务公开", crumb="首页 > 政务公开 > 政府信息公开年报 > 乡镇年报",
        title="霸州市王庄子乡2019年政府信息公开工作年度报告",
        meta=["发布时间：2020-01-21 10:05", "来源：王庄子乡人民政府", "浏览次数：287"],
        paras=["本报告依据《中华人民共和国政府信息公开条例》第五十条规定和国务院办公厅政府信息与政务公开办公室《关于政府信息公开工作年度报告有关事项的通知》（国办公开办函〔2019〕60号）要求编制。报告所列数据统计期限为2019年1月1日至2019年12月31日。",
               "一、总体情况。2019年，王庄子乡主动公开政府信息126条，其中规范性文件0件、财政预决算信息4条、惠农补贴及社会救助信息58条；受理政府信息公开申请3件，均在法定期限内答复。",
               "二、主动公开政府信息情况（表略）。三、收到和处理政府信息公开申请情况（表略）。四、政府信息公开行政复议、行政诉讼情况：无。",
               "五、存在的主要问题及改进情况。存在的问题是公开内容更新不够及时、村务公开与乡务公开衔接不够紧密。2020年将按照基层政务公开标准化规范化要求编制公开目录，加强队伍培训。",
               "六、其他需要报告的事项：无。"],
        rel=("相关链接", [("王庄子乡2018年政府信息公开工作年度报告", "2019-03-28"), ("信安镇2019年政府信息公开工作年度报告", "2020-01-20")]),
        h=1200, q=62)))
    L(src, "5.3", "2020-01-21", "screenshot",
      "乡政府信息公开工作年度报告网页（JPEG）→5.3信息公开年度报告。日期取发布时间2020-01-21；陷阱：标题“2019年”、统计期2019-01-01至12-31、"
      "国办公开办函〔2019〕60号、相关链接2019-03-28/2020-01-20、今天是2020年11月18日。")

    # ---------------- 5.4 移交: 档案馆接收登记表 (xlsx) ----------------
    src = "市档案馆/2020年政府公开信息接收登记表.xlsx"
    rows = [["霸州市档案馆政府公开信息查阅中心  2020年政府公开信息接收登记表", "", "", "", "", ""],
            ["序号", "移交单位", "文件（资料）名称", "份数", "移交方式", "接收日期"]]
    recs = [("市政府办公室", "霸政办〔2020〕1—30号文件汇编", 30, "纸质+电子", "2020-07-15"),
            ("市财政局", "2020年财政预算及部门预算公开材料", 46, "电子", "2020-04-10"),
            ("市教育和体育局", "2020年义务教育招生政策文件", 5, "纸质", "2020-08-03"),
            ("胜芳镇", "2020年上半年政府信息公开目录及文件", 22, "纸质+电子", "2020-07-21"),
            ("市政务公开办", "霸州市人民政府公报2020年第1—2期", 40, "纸质", "2020-07-06"),
            ("市卫生健康局", "疫情防控通告汇编（第1—18号）", 18, "电子", "2020-06-05")]
    for i, r in enumerate(recs, 1):
        rows.append([i, r[0], r[1], r[2], r[3], ("date", r[4])])
    rows.append(["", "", "", "", "填表日期：", ("date", "2020-10-30")])
    rows.append(["", "", "", "", "填表人：", "赵丽"])
    write_xlsx(o.path(src), "登记表", rows, "接收登记表", widths=[6, 18, 42, 8, 12, 16], merge=["A1:F1"], created="2020-11-16T11:18:00Z")
    L(src, "5.4", "2020-10-30", "document",
      "档案馆政府公开信息查阅中心接收各单位移交的公开文件资料登记表→5.4信息公开文件移交情况。日期取填表日期2020-10-30（Excel日期序列）；"
      "陷阱：各行接收日期04-10…08-03也是日期序列、元数据2020-11-16。")

    # ---------------- 6.1 申请渠道: 在线申请 page (null), filed by 市融媒体中心 (WRONG UNIT) ----------------
    src = "市融媒体中心/依申请公开在线申请页面.png"
    form = ("<table><tr><th colspan='4'>政府信息公开申请表（在线填报）</th></tr>"
            "<tr><td>申请人类型</td><td colspan='3'>○ 公民　○ 法人或其他组织</td></tr>"
            "<tr><td>姓名</td><td></td><td>证件号码</td><td></td></tr><tr><td>联系电话</td><td></td><td>通信地址</td><td></td></tr>"
            "<tr><td>受理机关</td><td colspan='3'>请选择 ▼（霸州市人民政府办公室 / 市政府各部门 / 各乡镇（区、办））</td></tr>"
            "<tr><td>所需信息内容描述</td><td colspan='3' style='height:80px'></td></tr>"
            "<tr><td>获取信息方式</td><td colspan='3'>□ 纸质　□ 电子邮件　□ 光盘　□ 当面查阅</td></tr>"
            "<tr><td>验证码</td><td colspan='3'>______ 　<span style='background:#2f9a62;color:#fff;padding:4px 20px'>提交申请</span></td></tr></table>")
    o.shot(src, green(dict(
        today=today_bar("2020-11-18"), mtitle="信息公开", menu=XXGK_MENU, on="依申请公开",
        loc="首页 > 依申请公开 > 在线申请", title="依申请公开",
        meta=["申请方式：网络申请 | 信函申请 | 当面申请"],
        paras=["<p class='n'><b>信函申请：</b>请在信封左下角注明“政府信息公开申请”字样，邮寄至霸州市迎宾大厦715室霸州市政务公开办公室，邮编065700。</p>",
               "<p class='n'><b>当面申请：</b>工作日到霸州市政务服务中心二楼政府信息公开申请受理窗口填写申请表。咨询电话：0316-7225576。</p>",
               form, "<p class='n' style='color:#999;font-size:13px'>申请表下载：政府信息公开申请表（公民）.doc　政府信息公开申请表（法人或其他组织）.doc</p>"],
        h=1150)))
    L(src, "6.1", None, "screenshot",
      WRONG + "市融媒体中心（网站技术支持单位）报送，但依申请公开栏目及网络/信函/当面申请渠道属于6.1申请渠道（责任单位市政务公开办）。"
      "栏目/表单页无发布日期→null；陷阱：今天是2020年11月18日。")

    # ---------------- 6.2 答复: 延期答复告知书 (text PDF) ----------------
    src = "市自然资源和规划局/政府信息公开延期答复告知书.pdf"
    o.pdf(src, docpage(dict(
        no="霸自然资依申〔2020〕第11号", title="政府信息公开延期答复告知书",
        to="陈某某：",
        paras=["本机关于2020年9月1日收到您通过霸州市政府信息公开平台提交的政府信息公开申请，申请获取“霸州市胜芳镇2019年度建设用地增减挂钩项目拆旧复垦验收材料”。",
               "因您申请的信息涉及多个乡镇、多个年度的档案资料，需要调取、核对和汇总，本机关无法在《中华人民共和国政府信息公开条例》第三十三条第一款规定的20个工作日内作出答复。经本机关政府信息公开工作机构负责人同意，根据该条第二款规定，决定延长答复期限20个工作日，即最迟于2020年10月29日前作出答复。",
               "特此告知。",
               "如对本告知不服，可以在收到本告知书之日起60日内向霸州市人民政府申请行政复议，或者在6个月内向霸州市人民法院提起行政诉讼。"],
        sign=["霸州市自然资源和规划局（印章）", "2020年9月28日"],
        after=["<p class='n'>联系人：周敏　联系电话：0316-7262351</p>"])), collected="20201117152000")
    L(src, "6.2", "2020-09-28", "document",
      "依申请公开延期答复告知书（经负责人同意延长、告知救济渠道、加盖印章）→6.2答复情况（不是6.3：只是告知复议诉讼权利，没有复议/诉讼结果）。"
      "日期取落款2020-09-28；陷阱：收到申请9月1日、延期至10月29日、60日/6个月、PDF元数据2020-11-17。")

    # ---------------- 6.2 答复: 东段乡 受理登记台账 (xlsx) ----------------
    src = "东段乡/依申请公开受理登记台账.xlsx"
    rows = [["东段乡人民政府政府信息公开申请受理登记台账（2020年）", "", "", "", "", "", ""],
            ["序号", "申请人", "申请方式", "收到申请日期", "申请内容", "答复日期", "答复类型"],
            [1, "李某", "当面", ("date", "2020-03-16"), "本村2019年耕地地力保护补贴发放名单", ("date", "2020-03-20"), "予以公开"],
            [2, "王某某", "信函", ("date", "2020-06-02"), "某村宅基地审批结果", ("date", "2020-06-24"), "部分公开"],
            [3, "张某", "网络", ("date", "2020-08-19"), "乡政府2020年公务接待费明细", ("date", "2020-09-08"), "信息不存在"],
            [4, "刘某某", "网络", ("date", "2020-10-26"), "东段乡中心路改造工程招标文件", ("date", "2020-11-06"), "非本机关负责公开，告知市行政审批局"],
            ["", "", "", "", "", "填表日期：", ("date", "2020-11-10")],
            ["", "", "", "", "", "填表人：", "党政办 马强"]]
    write_xlsx(o.path(src), "台账", rows, "依申请公开台账", widths=[6, 10, 8, 14, 40, 14, 34], merge=["A1:G1"], created="2020-11-19T08:03:00Z")
    L(src, "6.2", "2020-11-10", "document",
      "依申请公开受理登记台账（收到日期、答复日期、答复类型，反映答复时限和答复内容规范）→6.2答复情况。日期取填表日期2020-11-10；"
      "陷阱：各申请收到/答复日期（日期序列）、元数据2020-11-19。")

    # ---------------- 6.3 复议: 行政复议决定书, filed by 霸州市人民政府办公室 (WRONG UNIT) ----------------
    src = "霸州市人民政府办公室/行政复议决定书.pdf"
    o.pdf(src, docpage(dict(
        red="霸州市人民政府", no="霸政复决字〔2020〕7号", title="行政复议决定书",
        paras=["<p class='n'>申请人：孙某某，男，住霸州市康仙庄乡。</p>",
               "<p class='n'>被申请人：霸州市住房和城乡建设局。</p>",
               "申请人不服被申请人于2020年6月12日作出的《政府信息公开申请答复书》（霸住建依申〔2020〕4号），于2020年7月3日向本机关申请行政复议，本机关依法予以受理。本案现已审理终结。",
               "申请人请求：撤销被申请人作出的答复书，责令其公开康仙庄乡某村2018年农村危房改造补助资金发放明细。",
               "本机关查明：被申请人于2020年5月15日收到申请人的政府信息公开申请，于2020年6月12日作出答复，向申请人提供了补助资金发放明细，并对涉及第三方个人隐私的身份证号码作了区分处理。",
               "本机关认为：被申请人在法定期限内作出答复，答复内容、形式符合《中华人民共和国政府信息公开条例》第三十二条、第三十七条规定，认定事实清楚，程序合法。",
               "根据《中华人民共和国行政复议法》第二十八条第一款第（一）项规定，本机关决定：维持被申请人作出的霸住建依申〔2020〕4号《政府信息公开申请答复书》。",
               "申请人如不服本决定，可以自收到本决定书之日起15日内向霸州市人民法院提起行政诉讼。"],
        sign=["霸州市人民政府（行政复议专用章）", "2020年8月31日"])), collected="20201118160500")
    L(src, "6.3", "2020-08-31", "document",
      WRONG + "放在市政府办公室文件夹，但信息公开类行政复议情况（是否被撤销或确认违法）属于6.3行政复议、诉讼（责任单位市司法局；不是6.2，本件证明复议结果为维持）。"
      "日期取落款2020-08-31；陷阱：答复书6月12日、申请复议7月3日、收到申请5月15日、霸住建依申〔2020〕4号、15日起诉期、PDF元数据2020-11-18。")

    # ---------------- 7.1.1 督办卡: 新建 Microsoft Word 文档.docx, filed by 市政务公开办 (WRONG UNIT) ----------------
    src = "市政务公开办/新建 Microsoft Word 文档.docx"
    write_docx(o.path(src), "", [
        ("t", "关于廊坊市政府网站督办卡（2020年第7号）问题整改情况的报告"),
        ("n", "廊坊市人民政府办公室："),
        ("p", "2020年6月24日，我市收到《廊坊市政府网站督办卡》（2020年第7号），指出霸州市人民政府门户网站“霸州概况”栏目超过两年未更新、“互动交流”栏目存在2条超期未答复留言、部分链接不可用等问题。我市高度重视，立即组织市融媒体中心开展整改，现将整改情况报告如下："),
        ("p", "一、关于栏目长期不更新问题。已对“霸州概况”栏目内容全面更新，补充2019年国民经济和社会发展统计数据；对无法保障更新的“招商引资”子栏目予以归并。"),
        ("p", "二、关于超期未答复留言问题。2条留言已于6月28日答复完毕，并对承办单位市城市管理综合行政执法局进行了通报。"),
        ("p", "三、关于链接不可用问题。使用网站检测工具对全站17.6万个链接进行扫描，修复错链、断链43个。"),
        ("p", "四、长效机制。建立网站栏目责任清单和每日读网、每周自查、每月通报制度，杜绝同类问题反复发生。"),
        ("r", "霸州市人民政府办公室"),
        ("r", "2020年7月9日"),
    ], created="2020-11-16T10:10:00Z")
    L(src, "7.1.1", "2020-07-09", "document",
      WRONG + "放在市政务公开办文件夹、文件名“新建 Microsoft Word 文档.docx”无信息，但内容是政府网站督办卡问题整改报告→7.1.1政府网站督办卡办理情况（责任单位市融媒体中心；"
      "不是7.1.3留言或7.1.5读网，报告是对督办卡的回应）。日期取落款2020-07-09；陷阱：收到督办卡6月24日、6月28日答复、docx标题元数据为空、元数据2020-11-16。")

    # ---------------- 7.1.2 内容保障: 市长信箱留言办理统计 ----------------
    src = "市融媒体中心/10月份网站留言办理情况通报.jpg"
    o.shot(src, green(dict(
        today=today_bar("2020-11-19"), mtitle="互动交流", menu=["市长信箱", "部门信箱", "留言选登", "办理情况通报", "在线访谈", "征集调查"], on="办理情况通报",
        loc="首页 > 互动交流 > 办理情况通报", title="2020年10月份政府门户网站留言办理情况通报",
        meta=["发布时间：2020-11-04", "来源：市政府办公室（市长信箱办公室）"],
        paras=["10月份，市政府门户网站“市长信箱”“部门信箱”共收到网民留言186件，其中咨询类97件、建议类41件、投诉类48件。截至10月31日，按期办结179件，按期办结率96.2%；超期办结5件，尚在办理2件。",
               tbl([["承办单位", "收到件数", "按期办结", "超期", "按期办结率"], ["市住房和城乡建设局", "32", "30", "2", "93.8%"],
                    ["市教育和体育局", "21", "21", "0", "100%"], ["市城市管理综合行政执法局", "27", "25", "1", "92.6%"],
                    ["市人力资源和社会保障局", "18", "18", "0", "100%"], ["胜芳镇", "14", "13", "1", "92.9%"]]),
               "对超期办结的单位予以通报提醒。请各承办单位严格落实留言办理“首问负责、限时办结”制度，确保留言按期办结率保持在90%以上。"],
        h=1150)))
    L(src, "7.1.2", "2020-11-04", "screenshot",
      "门户网站留言（市长信箱）按期办结率月度通报→7.1.2政府门户网站内容保障（seed该项考核留言按期办结率；不是7.1.3，那是网民纠错留言）。"
      "日期取发布时间2020-11-04；陷阱：截至10月31日、今天是2020年11月19日。")

    # ---------------- 7.1.3 纠错留言: 登记表 (xlsx) ----------------
    src = "市融媒体中心/“我为政府网站找错”留言办理登记表.xlsx"
    rows = [["霸州市人民政府门户网站“我为政府网站找错”留言办理登记表", "", "", "", "", ""],
            ["序号", "留言时间", "问题描述", "问题页面", "答复时间", "用时（工作日）"],
            [1, ("date", "2020-09-07"), "“政务服务”栏目办事指南链接打不开", "/zwfw/bszn/", ("date", "2020-09-08"), 1],
            [2, ("date", "2020-09-25"), "市卫生健康局联系电话有误", "/wjj/lxwm/", ("date", "2020-09-29"), 2],
            [3, ("date", "2020-10-13"), "首页图片新闻错别字", "/xwzx/tpxw/", ("date", "2020-10-13"), 0],
            [4, ("date", "2020-10-30"), "政策解读页面附件无法下载", "/zcjd/", ("date", "2020-11-03"), 2],
            [5, ("date", "2020-11-05"), "预决算公开栏目2019年决算缺失", "/czyjs/", ("date", "2020-11-06"), 1],
            ["", "", "", "", "统计日期：", ("date", "2020-11-09")]]
    write_xlsx(o.path(src), "登记表", rows, "纠错留言登记", widths=[6, 14, 40, 18, 14, 16], merge=["A1:F1"], created="2020-11-18T13:30:00Z")
    L(src, "7.1.3", "2020-11-09", "document",
      "网民纠错留言办理登记表（留言时间、答复时间、用时均在3个工作日内）→7.1.3政府网站网民纠错留言办理。日期取统计日期2020-11-09；"
      "陷阱：留言/答复日期序列09-07…11-06、9月25日至29日跨周末、元数据2020-11-18。")

    # ---------------- 7.1.4 域名: 整改通知 (text PDF) ----------------
    src = "市融媒体中心/关于规范政府网站域名的通知.pdf"
    o.pdf(src, docpage(dict(
        red="霸州市人民政府办公室", no="霸政办字〔2020〕41号", title="关于进一步规范全市政府网站域名管理的通知",
        to="各乡镇（区、办），市政府各部门：",
        paras=["根据《国务院办公厅关于加强政府网站域名管理的通知》（国办函〔2018〕55号）和省、廊坊市关于政府网站域名规范的要求，经对全市政府网站及部门、乡镇子站开展排查，发现仍有3个部门使用非“gov.cn”域名、2个乡镇子站使用独立域名的问题。为进一步规范管理，现就有关事项通知如下：",
               "一、统一域名结构。各部门、各乡镇不再单独开设政府网站，其网页一律以“www.bazhou.gov.cn/单位简称”的形式整合到市政府门户网站，原使用的“.com”“.net”等非规范域名于7月15日前全部注销。",
               "二、严格域名备案。市融媒体中心负责全市政府网站域名的统一注册、备案和变更，任何单位不得自行注册用于政府网站的域名。",
               "三、加强监测。市融媒体中心每月对全市政府网站域名使用情况开展一次监测，发现问题及时通报整改。",
               "附件：需整改域名清单（略）"],
        sign=["霸州市人民政府办公室", "2020年6月22日"],
        after=["<p class='n'>（此件公开发布）</p>"],
        yinfa=("霸州市人民政府办公室", "2020年6月23日印发"))), collected="20201116101200")
    L(src, "7.1.4", "2020-06-22", "document",
      "政府网站域名规范管理通知（清理非gov.cn域名）→7.1.4政府网站域名规范。日期取落款2020-06-22；陷阱：印发行6月23日、国办函〔2018〕55号、7月15日期限、PDF元数据2020-11-16。")

    # ---------------- 7.1.5 读网: 巡查记录 photo ----------------
    src = "市融媒体中心/IMG_3208.JPG"
    doc = docpage(dict(
        title="霸州市政府网站日常读网巡查记录表",
        subtitle="（2020年11月第2周）",
        paras=[tbl([["日期", "巡查栏目", "发现问题", "整改情况", "巡查人"],
                    ["11月9日", "首页、要闻动态", "无", "—", "韩雪"], ["11月10日", "政务公开、政策解读", "1条解读附件失效", "已修复", "韩雪"],
                    ["11月11日", "政务服务、办事指南", "无", "—", "高磊"], ["11月12日", "互动交流", "2条留言待回复", "已转办", "高磊"],
                    ["11月13日", "专题专栏、全站链接", "死链3个", "已处理", "韩雪"]]),
               "<p class='n'>本周小结：共巡查栏目56个，发现问题6处，已全部整改。</p>",
               "<p class='n'>审核人：刘振东</p>"],
        sign=["霸州市融媒体中心网站运维部", "填表日期：2020年11月16日"]), for_image=True)
    text, size = photo_page(doc, rotate=-2.6)
    o.jobs[0].append(("shot", o.html_file(text), o.path(src), size))
    L(src, "7.1.5", "2020-11-16", "document",
      "手机拍摄的纸质读网巡查记录表（有专人、检查及整改记录）→7.1.5网站读网检查机制。照片算document。日期取填表日期2020-11-16；"
      "陷阱：表中逐日日期11月9日至13日、“2020年11月第2周”、文件名IMG_3208。")

    # ---------------- 7.1.6 信息公开平台改版: framed + taskbar ----------------
    src = "市政务公开办/信息公开平台改版上线公告.png"
    o.shot(src, framed(green(dict(
        today=today_bar("2020-11-18"), mtitle="信息公开", menu=XXGK_MENU, on="法定主动公开内容",
        loc="首页 > 通知公告", title="关于霸州市政府信息公开平台改版升级上线运行的公告",
        meta=["发布时间：2020-09-28", "来源：霸州市政务公开办公室"],
        paras=["为贯彻落实新修订的《中华人民共和国政府信息公开条例》，全面提升政府信息公开工作标准化规范化水平，霸州市政府信息公开平台经过改版升级，于2020年9月28日正式上线运行。",
               "改版后的平台按照“法定主动公开内容”统一设置栏目，包括机构职能、规章及规范性文件、发展规划、财政预决算、行政许可、行政处罚、政府采购、重大建设项目等，并同步设置政府信息公开指南、制度、年报、依申请公开和基层政务公开标准化专栏。",
               "原平台（2016年11月上线）已发布信息全部迁移至新平台，原访问地址自动跳转。欢迎社会各界提出意见建议，联系电话：0316-7225576。"],
        h=900)), "xxgk.bazhou.gov.cn/tzgg/202009/t20200928_3016.html", "关于霸州市政府信息公开平台改版…", ("16:02", "2020/11/18")))
    L(src, "7.1.6", "2020-09-28", "screenshot",
      "带浏览器框和Windows任务栏时钟：政府信息公开平台改版升级上线公告（9月底前完成）→7.1.6政府信息公开平台改版升级。日期取发布时间2020-09-28；"
      "陷阱：任务栏时钟2020/11/18、原平台2016年11月、今天是2020年11月18日、地址栏t20200928。")

    # ---------------- 7.2.1 新媒体开设: 政务新媒体名录 ----------------
    src = "中共霸州市委网络安全和信息化委员会办公室/霸州市政务新媒体名录.jpg"
    o.shot(src, blue(dict(
        today=today_bar("2020-11-17"), on="互动交流", crumb="首页 > 互动交流 > 政务新媒体",
        title="霸州市政务新媒体名录（2020年10月更新）",
        meta=["发布时间：2020-10-15 09:30", "来源：市政务公开办", "浏览次数：455"],
        paras=["根据《霸州市人民政府办公室关于进一步规范政务新媒体健康有序发展的通知》要求，经各单位申报、审核备案，现将全市政务新媒体名录公布如下：",
               tbl([["序号", "名称", "平台", "主办单位", "开设时间"], ["1", "霸州发布", "微信公众号", "市政府办公室", "2014年6月"],
                    ["2", "霸州发布", "新浪微博", "市政府办公室", "2013年3月"], ["3", "霸州应急管理", "微信公众号", "市应急管理局", "2018年9月"],
                    ["4", "霸州教育", "微信公众号", "市教育和体育局", "2016年2月"], ["5", "霸州退役军人", "新浪微博", "市退役军人事务局", "2019年5月"],
                    ["6", "霸州民政", "微信公众号", "市民政局", "2017年8月"]]),
               "名录中的政务新媒体账号均已通过全国政府网站与政务新媒体检查系统备案。对关停、整合的账号，将及时更新名录并向社会公告。"],
        h=1200)))
    L(src, "7.2.1", "2020-10-15", "screenshot",
      "门户公布的政务新媒体名录（政务微博、微信开设情况）→7.2.1新媒体开设情况（不是7.2.2更新情况）。日期取发布时间2020-10-15；"
      "陷阱：标题“2020年10月更新”、各账号开设时间2013—2019年、今天是2020年11月17日。")

    # ---------------- 7.2.2 内容更新: WeChat history (null) ----------------
    src = "市融媒体中心/霸州发布历史消息.png"
    o.shot(src, wechat_history("霸州发布", "霸州市人民政府办公室官方公众号，发布政务信息、解读政策、提供服务。", [
        ("2020年11月17日", ["霸州市冬季清洁取暖补贴政策问答", "今冬明春供暖保障热线公布"]),
        ("2020年11月16日", ["第七次全国人口普查入户登记工作进入收尾阶段"]),
        ("2020年11月13日", ["我市启动2020年度冬季征兵宣传"]),
        ("2020年11月12日", ["霸州：秋冬季大气污染治理攻坚战全面打响", "市政府常务会议研究部署冬季安全生产"]),
        ("2020年11月10日", ["11月起这些新规将影响你我的生活"])]))
    L(src, "7.2.2", None, "screenshot",
      "公众号历史消息列表（连续每日更新，证明两周内有更新、无“僵尸”）→7.2.2内容更新情况（不是7.2.1开设情况）。列表/账号页无自身发布日期→null；"
      "陷阱：各组日期2020年11月10日至17日。")

    # ---------------- 7.2.3 安全: 三审三校 制度 (docx) ----------------
    src = "中共霸州市委网络安全和信息化委员会办公室/政务新媒体信息发布三审三校制度.docx"
    write_docx(o.path(src), "三审三校制度", [
        ("t", "霸州市政务新媒体信息发布“三审三校”制度"),
        ("p", "第一条　为防止政务新媒体出现严重表述错误、泄露国家秘密、发布不当内容引发负面舆情等问题，根据国务院办公厅《关于推进政务新媒体健康有序发展的意见》（国办发〔2018〕123号），制定本制度。"),
        ("p", "第二条　全市各政务新媒体发布信息实行“三审三校”：编辑初审、科室负责人复审、单位分管领导终审；文字、图片、链接分别校对。未经三审的信息一律不得发布。"),
        ("p", "第三条　涉及国家秘密、工作秘密、个人隐私的信息不得发布；转载信息须注明来源并核实准确性，禁止链接任何商业广告、低俗或有害内容。"),
        ("p", "第四条　严禁以购买“粉丝”、强制要求群众关注点赞等方式弄虚作假。网民留言须在2个工作日内审核回应，对涉及敏感问题的留言及时报告。"),
        ("p", "第五条　各主办单位每月开展一次安全自查，发现错敏信息立即删除更正，并报市委网信办备案。"),
        ("p", "第六条　本制度自印发之日起施行。"),
        ("r", "中共霸州市委网络安全和信息化委员会办公室"),
        ("r", "霸州市政务公开办公室"),
        ("r", "2020年7月27日"),
    ], created="2020-11-17T16:50:00Z")
    L(src, "7.2.3", "2020-07-27", "document",
      "政务新媒体“三审三校”安全发布制度（防泄密、防错敏、防刷粉、互动回应）→7.2.3安全泄密事故及互动回应问题（不是5.2信息公开制度）。"
      "日期取落款2020-07-27；陷阱：国办发〔2018〕123号、2个工作日、元数据2020-11-17。")

    # ---------------- 7.3 政府公报: image-only scan ----------------
    src = "市政务公开办/扫描件(2).pdf"
    doc = docpage(dict(
        red="霸州市人民政府公报",
        no="2020年第2期（总第6期）",
        title="目　录",
        paras=["<p class='n'><b>【市政府文件】</b></p>",
               "<p class='n'>霸州市人民政府关于公布2020年市本级行政权力清单的决定（霸政〔2020〕9号）……………………2</p>",
               "<p class='n'>霸州市人民政府关于调整城区居民生活用水价格的通知（霸政〔2020〕12号）……………………6</p>",
               "<p class='n'><b>【市政府办公室文件】</b></p>",
               "<p class='n'>霸州市人民政府办公室关于印发《霸州市2020年政务公开工作要点》的通知（霸政办〔2020〕14号）……9</p>",
               "<p class='n'>霸州市人民政府办公室关于印发霸州市城乡居民基本医疗保险实施细则的通知（霸政办〔2020〕19号）……15</p>",
               "<p class='n'><b>【政策解读】</b></p>",
               "<p class='n'>《霸州市2020年政务公开工作要点》解读……………………………………22</p>",
               "<p class='n'><b>【人事任免】</b></p>",
               "<p class='n'>霸州市人民政府任免工作人员名单（2020年4月—6月）……………………25</p>",
               "<p class='n' style='margin-top:40px'>主管：霸州市人民政府　主办：霸州市人民政府办公室</p>",
               "<p class='n'>编辑出版：霸州市政务公开办公室　地址：霸州市迎宾大厦715室</p>",
               "<p class='n'>出版日期：2020年6月30日　　内部资料　免费赠阅</p>"]), for_image=True)
    o.scanpdf(src, doc, collected="20201119093000")
    L(src, "7.3", "2020-06-30", "document",
      "纯图像扫描PDF（无文字层）：政府公报2020年第2期目录页→7.3政府公报（不是4.1/5.2，目录中的文件与解读只是公报内容）。日期取出版日期2020-06-30；"
      "陷阱：总第6期、收录文件文号、任免名单期间4月—6月、PDF元数据2020-11-19、文件名扫描件(2)。")

    # ---------------- 8.1 组织领导: 领导小组调整 (text PDF) ----------------
    src = "霸州市人民政府办公室/关于调整市政务公开工作领导小组的通知.pdf"
    o.pdf(src, docpage(dict(
        red="霸州市人民政府办公室", no="霸政办字〔2020〕19号",
        title="霸州市人民政府办公室关于调整霸州市政务公开工作领导小组成员的通知",
        to="各乡镇（区、办），市政府各部门：",
        paras=["因人事变动和工作需要，经市政府研究，决定对霸州市政务公开工作领导小组成员进行调整。调整后的组成人员如下：",
               "<p class='n'>组　长：王某某　市委副书记、市长</p><p class='n'>副组长：李某某　副市长（分管政务公开工作）</p>"
               "<p class='n'>　　　　张某某　市政府党组成员、办公室主任</p>"
               "<p class='n'>成　员：市政府办公室、市司法局、市财政局、市行政审批局、市融媒体中心、市政务公开办等部门主要负责同志。</p>",
               "领导小组下设办公室，办公室设在市政务公开办，负责领导小组日常工作。副市长李某某负责协调全市政务公开工作，其工作职责在市政府门户网站“领导信息”栏目同步公开。",
               "领导小组实行联席会议制度，原则上每半年召开一次会议；市长每年至少听取一次政务公开工作汇报，研究解决重大问题。",
               "《霸州市人民政府办公室关于成立霸州市政务公开工作领导小组的通知》（霸政办字〔2017〕62号）同时废止。"],
        sign=["霸州市人民政府办公室", "2020年4月3日"],
        after=["<p class='n'>（此件公开发布）</p>"],
        yinfa=("霸州市人民政府办公室", "2020年4月7日印发"))), collected="20201116083000")
    L(src, "8.1", "2020-04-03", "document",
      "政务公开工作领导小组调整通知（协调机制、确定分管领导并公开职责、主要负责人听取汇报）→8.1组织领导（不是8.2机构建设：这是领导协调机制）。"
      "日期取落款2020-04-03；陷阱：印发行4月7日、废止的霸政办字〔2017〕62号、PDF元数据2020-11-16。")

    # ---------------- 8.2 机构建设: 南孟镇专职人员备案表 (xlsx) ----------------
    src = "南孟镇/政务公开工作机构及专职人员备案表.xlsx"
    rows = [["南孟镇政务公开工作机构及专职工作人员备案表", "", "", "", "", ""],
            ["工作机构名称", "南孟镇政务公开办公室（设在党政综合办公室）", "", "", "", ""],
            ["序号", "姓名", "职务", "专职/兼职", "联系电话", "到岗时间"],
            [1, "杜建华", "党政办主任（分管）", "兼职", "13903161234", ("date", "2019-03-01")],
            [2, "韩佳", "政务公开专干", "专职", "13731612345", ("date", "2020-05-06")],
            [3, "孟凡", "信息员", "专职", "15803161122", ("date", "2020-05-06")],
            ["", "", "", "", "填报日期：", ("date", "2020-05-14")],
            ["", "", "", "", "审核（盖章）：", "南孟镇人民政府"]]
    write_xlsx(o.path(src), "备案表", rows, "机构人员备案", widths=[8, 14, 22, 12, 16, 16], merge=["A1:F1", "B2:F2"], created="2020-11-17T09:25:00Z")
    L(src, "8.2", "2020-05-14", "document",
      "政务公开工作机构及专职工作人员备案表→8.2机构建设（配备专职工作人员）。日期取填报日期2020-05-14；陷阱：到岗时间2019-03-01/2020-05-06（日期序列）、元数据2020-11-17。")

    # ---------------- 8.3 经费: 请示 (docx), filed by 市融媒体中心 (WRONG UNIT) ----------------
    src = "市融媒体中心/关于将2021年政务公开及网站运维经费纳入预算的请示.docx"
    write_docx(o.path(src), "经费请示", [
        ("t", "霸州市政务公开办公室关于将2021年政务公开及政府网站运维经费纳入年度财政预算的请示"),
        ("n", "市财政局："),
        ("p", "根据《廊坊市2020年政务公开工作考核指标》关于“政务公开日常工作、政府网站内容保障、运行维护等经费纳入年度财政预算”的要求，为保障2021年全市政务公开和政府网站工作正常开展，现申请将以下经费纳入2021年度市本级财政预算："),
        ("tbl", [["项目", "金额（万元）", "测算依据"], ["政府门户网站及信息公开平台运行维护", "38.0", "服务器托管、安全防护、等保测评"],
                 ["政府网站内容保障及读网检查", "12.0", "2名专职人员劳务及第三方检测"], ["政府公报编印", "6.5", "全年4期，每期500册"],
                 ["政务公开业务培训", "3.5", "全年2次，每次150人"], ["合计", "60.0", ""]]),
        ("p", "以上经费2020年度已列入预算并足额保障（2020年预算额55万元）。妥否，请批示。"),
        ("r", "霸州市政务公开办公室"),
        ("r", "2020年10月26日"),
        ("n", "（联系人：王红星，电话：7225576）"),
    ], created="2020-11-19T10:02:00Z")
    L(src, "8.3", "2020-10-26", "document",
      WRONG + "放在市融媒体中心文件夹（网站运维单位），但内容是政务公开、网站运维经费纳入年度预算的请示→8.3经费保障（责任单位市政务公开办；不是1.7财政信息公开）。"
      "日期取落款2020-10-26；陷阱：2021年度、2020年预算额、元数据2020-11-19。")

    # ---------------- 8.4 培训: WeChat article, filed by 岔河集乡 (WRONG UNIT) ----------------
    src = "岔河集乡/微信图片_20201031082617.jpg"
    o.shot(src, wechat(
        "我市举办2020年政务公开暨政府网站业务培训班", "霸州发布", "2020-10-30",
        ["10月29日，我市2020年政务公开暨政府网站业务培训班在市委党校开班，各乡镇（区、办）、市政府各部门分管负责同志和政务公开工作人员共160余人参加培训。",
         "培训邀请省政府办公厅政务公开办专家围绕新修订的《政府信息公开条例》、基层政务公开标准化规范化建设、政府信息公开年度报告新格式等内容进行专题辅导；市政务公开办就2020年考核指标任务分解进行了解读。",
         "培训结束后进行了闭卷测试，参训人员考试合格率100%。市政务公开办负责人表示，将把培训与日常督导相结合，切实提升全市政务公开工作人员的业务能力。"],
        author="霸州市政务公开办"))
    L(src, "8.4", "2020-10-30", "screenshot",
      WRONG + "岔河集乡（参训单位）转存，但内容是全市政务公开业务培训→8.4业务培训（责任单位市政务公开办）。日期取文章日期2020-10-30；"
      "陷阱：培训日10月29日早于发布、文件名微信图片_20201031（保存时间）。")

    # ---------------- zip: 杨芬港镇 materials (UTF-8 names, nested folders) ----------------
    Z = "杨芬港镇/杨芬港镇2020年政务公开考核材料.zip!/"
    src = Z + "杨芬港镇2019年政府信息公开工作年度报告.docx"
    write_docx(o.path(src), "年度报告", [
        ("t", "杨芬港镇2019年政府信息公开工作年度报告"),
        ("p", "根据《中华人民共和国政府信息公开条例》和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2019〕60号）要求，现公布杨芬港镇2019年政府信息公开工作年度报告。本报告中所列数据的统计期限自2019年1月1日起至2019年12月31日止。"),
        ("p", "一、总体情况。2019年，我镇主动公开政府信息104条，重点公开了惠农补贴、农村低保、美丽乡村建设、河道“清四乱”等信息；全年未收到政府信息公开申请，未发生政府信息公开行政复议、行政诉讼。"),
        ("tbl", [["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"], ["规章", "0", "0", "0"], ["规范性文件", "0", "0", "0"]]),
        ("p", "二、存在的主要问题及改进情况。一是专职人员力量不足；二是村级公开栏更新不及时。下一步将配齐配强工作人员，推进镇村两级公开目录编制。"),
        ("r", "杨芬港镇人民政府"),
        ("r", "2020年1月16日"),
    ], created="2020-11-19T10:30:00Z")
    L(src, "5.3", "2020-01-16", "document",
      "压缩包成员：镇政府信息公开工作年度报告（docx）→5.3信息公开年度报告。日期取落款2020-01-16；陷阱：标题“2019年”、统计期、国办公开办函〔2019〕60号、zip内时间2020-11-19。")

    src = Z + "政务公开指南/杨芬港镇政府信息公开指南（2020年修订）.txt"
    write_text(o.path(src), [
        "杨芬港镇政府信息公开指南（2020年修订）",
        "",
        "为方便公民、法人和其他组织获取杨芬港镇政府信息，根据《中华人民共和国政府信息公开条例》，结合本镇实际，对2017年版指南进行修订。",
        "一、主动公开：公开范围包括机构职能、惠农补贴、社会救助、村务财务等；公开方式为霸州市政府信息公开平台“杨芬港镇”栏目、镇政府公开栏；公开时限为信息形成或变更之日起20个工作日内。",
        "二、依申请公开：受理机构为杨芬港镇党政综合办公室，电话0316-7681005，地址霸州市杨芬港镇政府院内。申请人可当面、信函或通过平台在线提出申请。",
        "三、监督救济：可向霸州市政务公开办公室投诉举报，或依法申请行政复议、提起行政诉讼。",
        "",
        "杨芬港镇人民政府",
        "2020年4月20日",
    ])
    L(src, "5.1", "2020-04-20", "document",
      "压缩包嵌套文件夹内的政府信息公开指南（UTF-8纯文本）→5.1信息公开指南。日期取落款2020-04-20；陷阱：“2017年版”、20个工作日。")

    src = Z + "目录编制/杨芬港镇基层政务公开标准目录.xlsx"
    rows = [["杨芬港镇基层政务公开标准目录", "", "", "", ""],
            ["序号", "事项类别", "公开事项", "公开时限", "公开载体"],
            [1, "社会救助", "农村特困人员救助供养对象名单", "审批后20个工作日内", "政府网站、公开栏"],
            [2, "涉农补贴", "耕地地力保护补贴发放情况", "发放前公示7天", "村务公开栏"],
            [3, "生态环境", "河道“清四乱”整治进展", "每月", "政府网站"],
            [4, "公共服务", "便民服务中心办事指南", "动态更新", "服务大厅、政府网站"],
            [5, "村务公开", "村级“三资”管理情况", "每季度", "村务公开栏"],
            ["", "", "", "编制日期：", ("date", "2020-10-23")]]
    write_xlsx(o.path(src), "标准目录", rows, "基层政务公开标准目录", widths=[6, 12, 36, 20, 20], merge=["A1:E1"], created="2020-11-19T10:28:00Z")
    L(src, "3.2", "2020-10-23", "document",
      "压缩包成员：镇级基层政务公开标准目录（xlsx，日期序列）→3.2乡、镇基层政务公开目录（不是2.x各领域）。日期取编制日期2020-10-23。")

    src = Z + "目录编制/村务公开/村务公开栏目截图.png"
    o.shot(src, green(dict(
        today=today_bar("2020-11-10"), mtitle="杨芬港镇", menu=["镇情概况", "政务公开目录", "村务公开目录", "通知公告", "政策文件"], on="村务公开目录",
        loc="首页 > 乡镇频道 > 杨芬港镇 > 村务公开目录", title="杨芬港镇村务公开事项标准目录",
        meta=["发布时间：2020-10-27", "来源：杨芬港镇人民政府"],
        paras=["根据基层政务公开标准化规范化工作要求，现将杨芬港镇村务公开事项标准目录公布如下，各村要按照目录要求在村务公开栏及时公开，接受群众监督。",
               tbl([["类别", "公开事项", "公开时间"], ["党务", "村党组织成员分工、党员发展", "随时"], ["村务", "村规民约、村民代表会议决议", "会后5日内"],
                    ["财务", "集体资产、资金收支明细", "每季度首月10日前"], ["惠民", "低保、五保、危房改造对象", "审批前公示7天"]])],
        h=1000)))
    L(src, "3.2", "2020-10-27", "screenshot",
      "压缩包深层文件夹中的门户截图：村务公开事项标准目录→3.2乡、镇基层政务公开目录。日期取发布时间2020-10-27；陷阱：今天是2020年11月10日、“会后5日内”“10日前”。")


README_HEAD = """# Hold-out inbox 4

A fresh, independent, labelled evidence inbox for **measuring** dossier's file→indicator classifier
and publication-date finder. It was composed from the seed notice
(`shared/seed/000_191db2bad84ccdda.txt`: 霸州市人民政府办公室 2020年11月3日 notice with the
《廊坊市2020年政务公开工作考核指标任务分解表》) and general knowledge of county portals, WeChat/Weibo
accounts and official documents **only** — without looking at the classifier, the date finder, the
catalog (`manifests/`), the samples or the other hold-out inboxes (holdout2/3 were not opened; of
holdout1 only its README was read, for the conventions; of `scripts/make-holdout3` only the
generic plumbing was copied — a few of its page constants scrolled past while copying, none was
used). Do not tune anything on it; use it to report how well things generalise.

Regenerate with `scripts/make-holdout 4 [--out DIR]` (python3 stdlib, chromium, fonts-wqy-microhei,
pdftotext for validation). Screenshots and PDFs are not byte-reproducible across Chromium
versions; the committed files are the reference.

## Layout

- `inbox/<unit>/...` — the first folder level is the unit that filed the file, named as units name
  themselves, in mixed forms (`霸州市人民政府办公室`, `市政务公开办`, `财政局`, `发改局`,
  `中共霸州市委网络安全和信息化委员会办公室`, towns such as `信安镇`, `东杨庄乡`, `辛章办事处`).
- `inbox/杨芬港镇/杨芬港镇2020年政务公开考核材料.zip` — UTF-8 member names, nested folders
  (`政务公开指南/`, `目录编制/村务公开/`). Members are labelled as `unit/x.zip!/member`; the zip
  itself is not labelled.
- `labels.json` — `{"as_of": "2020-11-20", "files": [{"source", "indicator", "published", "kind", "note"}]}`.

## Label conventions

Identical to `tests/holdout/README.md` (positional leaf ids of the seed table, one indicator per
file = the one the file is evidence for whatever folder it is in; `published` = a web page's
发布时间 (else 更新时间), a post's own date, a document's 落款/成文日期 (not 印发 line, 文号 year or
metadata), a ledger's 填表/填报/编制/统计 date, a gazette's 出版 date, `null` for pages without a
single date of their own; `kind` = `screenshot` for images of web/app pages and saved HTML,
`document` for PDF/OOXML/text and photos/scans of paper). Every note says, in Chinese, what the
file is, which date rule was applied, and which traps it carries; wrong-unit files are marked
`错放单位：` at the start of the note.

## Traps built in

- **Distractor dates**: `今天是：…` bars on every portal page (11-10 … 11-20); Windows taskbar clocks
  (`2020/11/19`, `2020/11/18`) on two desktop screenshots; 相关链接/相关文件/侧栏 lists; cited
  older policies with dates and 文号 (国办函〔2018〕55号, 国办发〔2018〕123号, 国务院令第711号
  “2019年4月3日修订”, 建城〔2018〕104号, 霸政办字〔2017〕62号 …); deadlines and periods (公示期,
  报名时间, 延期至10月29日, 执行期, 统计期); event dates before publication (常务会议 8月12日 →
  08-14, 演练 6月18日 → 06-19, 培训 10月29日 → 10-30, 摇号 10月21日 → 10-22); 印发 lines later than
  the 落款 (7月21日 vs 7月20日, 5月28日 vs 5月27日, 6月23日 vs 6月22日, 4月7日 vs 4月3日); a web page
  whose own 发布时间 (05-08) differs from the 落款 printed inside it (5月6日); file-name dates
  (`微信图片_20201112163355.jpg`, `微信图片_20200903.jpg`, `微信图片_20201031082617.jpg`,
  `扫描件20201118.pdf`); PDF/OOXML/zip metadata dates from collection time (2020-11-16…19); Excel
  date serials for every row of ledgers besides the 填表 date.
- **Wrong unit folders** (see notes beginning `错放单位：`).
- **Unhelpful names**: `IMG_5218.JPG`, `IMG_3208.JPG`, `微信图片_….jpg`, `扫描件20201118.pdf`,
  `扫描件(2).pdf`, `新建 Microsoft Word 文档.docx` (with an empty title in its metadata).
- **Undated pages** (published = null): a 医疗卫生 column list, the 26-领域 目录 column page, the
  依申请公开 online-application page, a WeChat account's message history.
- **Close neighbours**, decided by the seed table's content text and explained in the notes:
  1.1 vs 8.1 (常务会议决定 ≠ 听取政务公开汇报), 1.4 vs 2.4, 1.6 vs 2.1, 1.7 vs 2.1 / 8.3, 2.2 vs 2.6,
  2.4 vs 4.1 (负面清单宣传解读 is named in 2.4), 2.7 vs 2.2 (农村危房改造), 2.9 vs 2.10, 2.13 vs 2.10
  (征地), 3.1 vs 3.2, 4.1 vs 4.2 vs 4.3, 5.1 vs 6.1, 6.2 vs 6.3, 7.1.2 vs 7.1.3, 7.2.1 vs 7.2.2,
  7.2.3 vs 5.2, 7.3 vs 4.1.
- **Portal designs**: a blue portal with a text banner and right-hand sidebar, a green portal whose
  banner is a drawn image with only a short word-mark and a left-hand column menu, an old-style
  交易中心 table page (GBK), WeChat article / history / Weibo pages at 414 wide.
- **Forms**: portal PNG/JPEG at 1366 wide (two inside a browser frame with taskbar), phone
  screenshots 414 wide (PNG and JPEG), text PDFs (Chromium print), two image-only scanned PDFs (no
  text layer, checked with pdftotext), two phone photos of paper (rotated JPEG, 1200 wide), docx and
  xlsx written by hand (sharedStrings, date-formatted cells holding real Excel serials), saved HTML
  (UTF-8 with a `saved from url` comment; GBK `.htm` declaring gb2312), plain text (GB18030 + CRLF;
  UTF-8 with BOM; plain UTF-8 inside the zip) and the zip.

## Files

| source | indicator | published | kind |
|---|---|---|---|
"""
