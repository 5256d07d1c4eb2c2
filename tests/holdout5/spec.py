"""Hold-out 5: the items, texts, labels and the few page looks only this inbox uses.

Built by scripts/make-holdout 5 (scripts/evidence/build.run_queue). Composed from the seed notice and
general knowledge of county portals, 信息公开 platforms, WeChat/Weibo and official documents only.
"""
import os
import re
import urllib.parse

from evidence.dates import cn, cn_upper
from evidence.office import write_docx, write_text, write_xlsx
from evidence.templates import (DOC_CSS, FONT, SERIF, docpage, esc, html_doc, paras_html, phone,
                                photo_page, portal)

REPACK_PNG = True
ZIP_ALL_PARENTS = True
WIDTHS = (414, 720, 828, 1080, 1200, 1366, 1920)
MINIMUMS = {"files": 70, "indicators": 25}

# ---------------------------------------------------------------- page looks (this inbox only)

NOISE = ("data:image/svg+xml;utf8," + urllib.parse.quote(
    "<svg xmlns='http://www.w3.org/2000/svg' width='220' height='220'><filter id='n'>"
    "<feTurbulence type='fractalNoise' baseFrequency='.9' numOctaves='2' stitchTiles='stitch'/>"
    "<feColorMatrix values='0 0 0 0 0  0 0 0 0 0  0 0 0 0 0  0 0 0 .55 0'/></filter>"
    "<rect width='100%' height='100%' filter='url(#n)'/></svg>"))


def css_add(page, css):
    h, size = page
    return h.replace("</style>", css + "</style>", 1), size


def hostile(page, grey="#a3a3a3", small=None, noise=.22, q=None):
    """OCR-hostile: light grey meta/body text, optional smaller fonts, a grain of noise, lower JPEG quality."""
    css = (f".meta,.meta b,.idx,.idx span,.m,.tm,.crumb,.sub{{color:{grey}!important}}"
           f"body::after{{content:'';position:fixed;left:0;top:0;right:0;bottom:0;background:url(\"{NOISE}\");opacity:{noise};pointer-events:none}}")
    if small:
        css += f".meta,.idx,.m,.tm{{font-size:{small}px!important}}.body p{{font-size:{small + 2}px!important;line-height:{small + 10}px!important}}"
    h, size = css_add(page, css)
    if q and len(size) > 2:
        size = (size[0], size[1], q)
    return h, size


def wide(page, w=1920, h=None):
    """A portal page (1366 in the shared template) at another desktop width."""
    text, size = page
    text = text.replace("width:1366px", f"width:{w}px")
    return text, (w, h or (1000 if w >= 1900 else size[1]),) + tuple(size[2:])


def zoomed(page, w):
    """A phone page (414 CSS px) on a phone of another pixel width (device pixel ratio w/414)."""
    text, size = page
    f = w / 414
    text = text.replace("</style>", f"html{{zoom:{f:.4f}}}</style>", 1)
    return text, (w, round(size[1] * f)) + tuple(size[2:])


def town(name, **p):
    """The one township-site template every town uses (green header, same menu, same grid)."""
    p.setdefault("site", f"霸州市{name}" if name.endswith("办事处") else f"霸州市{name}人民政府")
    p.setdefault("url", "www.bazhou.gov.cn/xz/" + TOWN_SLUG.get(name, "xz"))
    p.setdefault("nav", ["首页", "乡镇概况", "政务公开", "便民服务", "村务公开", "党建工作"])
    return p


TOWN_SLUG = {"胜芳镇": "sfz", "南孟镇": "nmz", "信安镇": "xaz", "东杨庄乡": "dyzx", "辛章办事处": "xzbsc",
             "堂二里镇": "telz", "煎茶铺镇": "jcpz", "岔河集乡": "chjx", "王庄子乡": "wzzx", "康仙庄乡": "kxzx"}


def platform(**p):
    """霸州市政府信息公开平台 (the 9月 redesign): metadata grid above the title."""
    p.setdefault("site", "霸州市政府信息公开平台")
    p.setdefault("url", "xxgk.bazhou.gov.cn")
    p.setdefault("nav", ["首页", "政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政府信息公开年报", "依申请公开"])
    p.setdefault("on", "法定主动公开内容")
    return p


def grid(idx, theme, org, pub, no, made):
    return [("索引号", idx), ("主题分类", theme), ("发布机构", org), ("发布日期", pub), ("文号", no), ("成文日期", made)]


SEAL_CSS = """
.sealblk{position:relative;margin-top:10mm}
.seal{position:absolute;width:168px;height:168px;border:5px solid rgba(214,20,30,.78);border-radius:50%;
 color:rgba(214,20,30,.78);text-align:center;font-size:15px;line-height:20px;mix-blend-mode:multiply}
.seal .ring{position:absolute;left:18px;right:18px;top:22px;font-size:15px;letter-spacing:1px}
.seal .star{position:absolute;left:0;right:0;top:52px;font-size:56px;line-height:60px}
.seal .foot{position:absolute;left:0;right:0;bottom:24px;font-size:13px}
"""


def sealed_doc(d, seal_text, seal_pos=(330, -62), scan=True):
    """A red-header document with a red seal over the signature block; d as docpage()."""
    body = {k: v for k, v in d.items() if k not in ("sign", "yinfa")}
    h = docpage(body, for_image=True)
    x, y = seal_pos
    sig = "".join(f'<p class="r">{esc(s)}</p>' for s in d["sign"])
    seal = (f'<div class="seal" style="left:{x}px;top:{y}px"><div class="ring">{esc(seal_text)}</div>'
            f'<div class="star">★</div><div class="foot">{esc(d.get("seal_foot", "公章"))}</div></div>')
    block = f'<div class="sealblk">{sig}{seal}</div>'
    after = ""
    if d.get("yinfa"):
        a, b = d["yinfa"]
        after = f'<div class="yf"><span>{esc(a)}</span><span>{esc(b)}</span></div>'

    h = h.replace("</body>", block + after + "</body>").replace("</style>", SEAL_CSS + "</style>")
    return h


def colour_scan_page(inner_doc_html, rotate=-0.6, tone="#f4f1ea"):
    """A colour flatbed scan (the seal stays red): slight skew, paper tone, noise."""
    b = inner_doc_html.index("<body>") + 6
    inner = inner_doc_html[b:inner_doc_html.rindex("</body>")]
    style = inner_doc_html[inner_doc_html.index("<style>") + 7:inner_doc_html.index("</style>")]
    style = re.sub(r"@page\{[^}]*\}", "", style).replace("body{", ".paper{")
    css = ("*{margin:0;padding:0}html,body{width:1240px;height:1754px;overflow:hidden;background:#fdfdfb}" + style +
           f".paper{{position:absolute;left:44px;top:40px;width:794px;min-height:1123px;padding:70px 84px;background:{tone};"
           f"transform:rotate({rotate}deg) scale(1.5);transform-origin:0 0;font-size:18px;filter:contrast(1.1) saturate(.9)}}"
           f".grain{{position:absolute;left:0;top:0;width:100%;height:100%;background:url(\"{NOISE}\");opacity:.28}}")
    return html_doc("scan", css, f'<div class="paper">{inner}</div><div class="grain"></div>'), (1240, 1754, 52)


def colour_scanpdf(o, src, doc_html, collected):
    """Out.scanpdf, in colour: an image-only PDF whose metadata date is the scan day."""
    img = os.path.join(o.tmp, f"cscan{len(o.pdfs):03d}.jpg")
    text, size = colour_scan_page(doc_html)
    o.jobs[0].append(("shot", o.html_file(text), img, size))
    wrap = html_doc("scan", "@page{size:A4;margin:0}*{margin:0;padding:0}img{display:block;width:210mm;height:296.5mm}",
                    f'<img src="file://{img}">')
    p = o.path(src)
    o.jobs[1].append(("pdf", o.html_file(wrap), p, None))
    o.pdfs.append((p, collected))


PRINTED_CSS = """
@page{size:A4;margin:0}
*{margin:0;padding:0}
body{font-family:%(font)s;font-size:11pt;color:#333;padding:17mm 14mm 17mm 14mm}
.ph{position:fixed;top:5mm;left:14mm;right:14mm;font-size:8pt;color:#444;display:flex;justify-content:space-between}
.pf{position:fixed;bottom:5mm;left:14mm;right:14mm;font-size:8pt;color:#444;display:flex;justify-content:space-between}
.crumb{font-size:9pt;color:#777;border-bottom:1px solid #ddd;padding-bottom:4px;margin-bottom:10px}
h1{font-size:17pt;text-align:center;margin:8px 0}
.meta{text-align:center;font-size:9pt;color:#888;margin-bottom:12px}
.meta b{font-weight:normal;margin:0 8px}
p{text-indent:2em;line-height:1.9;margin-bottom:4px}
p.r{text-align:right}
table{border-collapse:collapse;width:100%%;font-size:9pt;margin:6px 0}
td,th{border:1px solid #999;padding:3px;text-align:center;font-weight:normal}
"""


def printed_page(title, crumb, meta, paras, url, printed):
    """A portal article printed from the browser: its print header (time, tab title) and footer (URL, page)."""
    body = (f'<div class="ph"><span>{esc(printed)}</span><span>{esc(title)}</span></div>'
            f'<div class="pf"><span>{esc(url)}</span><span>1/1</span></div>'
            f'<div class="crumb">当前位置：{esc(" > ".join(crumb))}</div><h1>{esc(title)}</h1>'
            '<div class="meta">' + "".join(f"<b>{esc(m)}</b>" for m in meta) + '</div>' + paras_html(paras))
    return html_doc(title, PRINTED_CSS % {"font": FONT}, body)


GAZETTE_CSS = DOC_CSS % {"serif": SERIF} + """
.cover{height:240mm;text-align:center;page-break-after:always}
.cover .t{color:#c8101a;font-size:36pt;letter-spacing:3px;margin-top:30mm;white-space:nowrap}
.cover .q{font-size:16pt;margin-top:10mm}
.cover .z{font-size:13pt;margin-top:90mm;line-height:2}
.toc{page-break-after:always}.toc h2{text-align:center;font-size:20pt;font-weight:normal;margin:6mm 0}
.toc li{list-style:none;display:flex;font-size:13pt;line-height:2}.toc li b{flex:1;font-weight:normal}
.doc{page-break-after:always}
.pf{position:fixed;bottom:-12mm;left:0;right:0;text-align:center;font-size:10pt}
"""


def gazette(issue, total, date, docs):
    toc = "".join(f"<li><b>{esc(t)}</b><i>{i + 3}</i></li>" for i, (t, _, _, _) in enumerate(docs))
    parts = [f'<div class="pf">霸州市人民政府公报　{esc(issue)}</div>',
             f'<div class="cover"><div class="t">霸州市人民政府公报</div><div class="q">{esc(issue)}（总第{total}期）</div>'
             f'<div class="z">霸州市人民政府办公室　主办<br>{esc(cn(date))}出版<br>内部资料　免费交流</div></div>',
             f'<div class="toc"><h2>目　　录</h2><ul>{toc}</ul></div>']
    for t, no, paras, sign in docs:
        parts.append(f'<div class="doc"><div class="no">{esc(no)}</div><h1>{esc(t)}</h1>{paras_html(paras)}'
                     + "".join(f'<p class="r">{esc(s)}</p>' for s in sign) + '</div>')
    return html_doc("霸州市人民政府公报", GAZETTE_CSS, "".join(parts))


def related(*rows):
    return list(rows)


# ---------------------------------------------------------------- the inbox

ZIP = "辛章办事处/辛章办事处2020年政务公开考核材料.zip"


def compose(o):
    L = o.label

    # ------------------------------------------------ 霸州市人民政府办公室
    src = "霸州市人民政府办公室/常务会议听取政务公开工作汇报.png"
    o.shot(src, portal(dict(today="2020-11-16", title="市政府召开第三十四次常务会议",
        crumb=["首页", "政务公开", "政务动态", "政务要闻"], meta=["发布时间：2020-07-24 17:02", "来源：市政府办公室", "浏览次数：386"],
        paras=["7月22日下午，市长主持召开市政府第三十四次常务会议，听取全市2020年上半年政务公开工作情况汇报，研究部署下半年重点任务。",
               "会议指出，要对照《廊坊市2020年政务公开工作考核指标》逐项查漏补缺，建立政务公开工作协调机制，明确一位分管副市长负责政务公开工作，并在门户网站公开分工。",
               "会议还研究了城区集中供热、秋季农业生产等事项。"],
        side=("政务要闻", [("全市防汛工作调度会召开", "2020-07-20"), ("市领导调研重点项目建设", "2020-07-18"), ("我市召开安全生产工作会议", "2020-07-15")]))))
    L(src, "8.1", "2020-07-24", "screenshot", "门户网站政务要闻：常务会议听取政务公开工作汇报（主要负责人听取汇报=组织领导8.1，不是决策公开1.1）。发布时间2020-07-24；会议日7月22日在前；侧栏其他日期。",
      trap="event-date-before-publication; close-neighbour 1.1/8.1")

    src = "霸州市人民政府办公室/停车管理办法征求意见.jpg"
    o.shot(src, wide(portal(dict(today="2020-11-18", title="关于公开征求《霸州市城区机动车停车管理办法（征求意见稿）》意见的公告",
        crumb=["首页", "政务公开", "决策公开", "意见征集"], meta=["2020年8月26日", "来源：市政府办公室", "作者：", "字体：大 中 小"],
        paras=["为规范城区机动车停车秩序，市政府办公室起草了《霸州市城区机动车停车管理办法（征求意见稿）》，现向社会公开征求意见。",
               "征求意见时间：2020年8月26日至2020年9月25日。公众可通过电子邮件、信函等方式提出意见建议。",
               "本办法依据《中华人民共和国道路交通安全法》《河北省道路交通安全条例》（2019年11月28日修正）等制定。"],
        related=related(("关于城区停车管理办法征求意见情况的说明", "2020-10-12"), ("霸州市重大行政决策程序规定", "2019-12-30"))), q=60), 1920, 960))
    L(src, "1.1", "2020-08-26", "screenshot", "决策公开：重大政策征求意见公告，1920宽桌面截图。标题下无标签署名行“2020年8月26日 来源 作者 字体”即发布日期；征求意见期起止、2019年修正日期、相关链接日期为干扰。",
      trap="byline-without-label; period-dates; related-links")

    src = "霸州市人民政府办公室/IMG_20201012_153012.jpg"
    o.shot(src, photo_page(docpage(dict(title="霸州市2020年政府工作报告重点任务落实情况（第三季度）",
        paras=["按照市政府工作报告确定的重点任务分工，现将第三季度落实情况公开如下：",
               "一、稳就业。前三季度城镇新增就业4230人，完成年度任务的88%。",
               "二、保民生。十项民生实事中城区道路改造、农村饮水安全提升等7项已完成，3项正在推进，计划12月底前完成。",
               "三、重点项目。列入省市重点项目32个，完成投资126.4亿元。"],
        sign=["霸州市人民政府办公室", "2020年10月9日"]), for_image=True), rotate=1.6))
    L(src, "1.2", "2020-10-09", "document", "执行公开：政府工作报告重点任务落实情况的纸件照片。落款2020年10月9日；文件名IMG_20201012_153012是拍照时间，不是发布日期。",
      trap="filename-date-is-photo-time")

    src = "霸州市人民政府办公室/政府公报2020年第2期.pdf"
    o.pdf(src, gazette("2020年第2期", 6, "2020-06-30", [
        ("霸州市人民政府关于印发霸州市2020年大气污染综合治理攻坚行动方案的通知", "霸政〔2020〕9号",
         ["各乡镇（区、办）人民政府，市政府各部门：", "现将《霸州市2020年大气污染综合治理攻坚行动方案》印发给你们，请认真贯彻执行。"],
         ["霸州市人民政府", "2020年5月20日"]),
        ("霸州市人民政府办公室关于印发霸州市2020年政务公开工作要点的通知", "霸政办〔2020〕14号",
         ["各乡镇（区、办）人民政府，市政府各部门：", "《霸州市2020年政务公开工作要点》已经市政府同意，现印发给你们，请结合实际认真贯彻落实。"],
         ["霸州市人民政府办公室", "2020年6月12日"]),
        ("霸州市人民政府关于公布第二批市级非物质文化遗产代表性项目名录的通知", "霸政〔2020〕11号",
         ["经专家评审和社会公示，市政府确定胜芳花灯制作技艺等8个项目为第二批市级非物质文化遗产代表性项目，现予公布。"],
         ["霸州市人民政府", "2020年6月18日"])]), collected="20201118143000")
    L(src, "7.3", "2020-06-30", "document", "政府公报一期（封面、目录、三份文件）。公报的日期是封面出版日期2020年6月30日；所载文件各有落款（5月20日、6月12日、6月18日），文号年份、PDF元数据为干扰。内容涉及大气污染、政务公开要点，体裁是公报。",
      trap="document-containing-documents; topic-vs-genre")

    # ------------------------------------------------ 开发区 (URL only)
    src = "霸州经济开发区管委会/重点项目建设进展.png"
    o.shot(src, portal(dict(today="2020-11-13", title="开发区重点项目建设进展情况（二季度）",
        crumb=["首页", "政务公开", "重点工作", "执行落实"], meta=["来源：开发区管委会", "浏览次数：212", "【打印本页】【关闭窗口】"],
        paras=["二季度，开发区列入市级重点的15个项目全部复工，其中新开工项目6个，续建项目9个，完成投资23.6亿元。",
               "下一步，开发区将围绕“六稳”“六保”任务，倒排工期，确保年底前6个项目竣工投产。"],
        frame=dict(url="www.bazhou.gov.cn/kfq/zdgz/202007/t20200709_5521.html", time="10:37", date="2020/11/13"))))
    L(src, "1.2", "2020-07-09", "screenshot", "执行公开：六稳六保重点项目进展。页面上没有日期，只有地址栏URL中的t20200709（CMS发布日期）；任务栏时钟2020/11/13、今天是日期为干扰。",
      trap="url-only-date; taskbar-clock")

    # ------------------------------------------------ 市政务公开办 / 政务公开办公室
    src = "市政务公开办/26个领域政务公开事项标准目录.xlsx"
    rows = [["霸州市26个试点领域基层政务公开事项标准目录（汇总）", "", "", "", ""],
            ["序号", "领域", "公开事项", "公开时限", "更新日期"]]
    for i, (a, b, c) in enumerate([("医疗卫生", "传染病疫情信息", "信息形成之日起20个工作日内"), ("义务教育", "招生入学", "即时"),
                                   ("城乡规划", "规划批后公布", "20个工作日内"), ("财政预决算", "部门预算", "批复后20日内"),
                                   ("生态环境", "环评审批", "即时"), ("社会救助", "低保对象", "每月"), ("户籍管理", "办事指南", "即时")], 1):
        rows.append([i, a, b, c, ("date", ["2020-09-15", "2020-09-18", "2020-09-21", "2020-09-25", "2020-10-09", "2020-10-12", "2020-10-16"][i - 1])])
    rows += [["", "", "", "", ""], ["编制单位：霸州市政务公开办公室", "", "编制日期：2020年10月28日", "", ""]]
    write_xlsx(o.path(src), "标准目录", rows, "标准目录", widths=[6, 12, 20, 24, 14], created="2020-11-17T08:40:00Z", merge=["A1:E1"])
    L(src, "3.1", "2020-10-28", "document", "县级26领域标准目录汇总表。编制日期2020年10月28日；各行更新日期是Excel日期序列值，xlsx元数据11-17为干扰；内容涉及医疗卫生、教育、低保等多个领域，体裁是目录。",
      trap="excel-serials; topic-vs-genre")

    src = "市政务公开办/政策解读栏目.jpg"
    o.shot(src, wide(portal(dict(today="2020-11-17", title="政策解读", crumb=["首页", "政府信息公开", "政策解读"],
        listing=[("《霸州市城镇老旧小区改造实施方案》政策解读", "2020-10-30"), ("图解：2020年义务教育招生入学工作方案", "2020-07-16"),
                 ("《霸州市促进中小企业发展若干措施》解读", "2020-06-09"), ("一图读懂霸州市2020年政务公开工作要点", "2020-06-15"),
                 ("《霸州市城区机动车停车管理办法》解读", "2020-11-02")]), q=58), 1920, 900))
    L(src, "4.1", None, "screenshot", "门户网站“政策解读”栏目列表页（1920宽），栏目页没有自己的发布日期（null）；列表日期、今天是日期为干扰。", trap="undated-column-page")

    src = "市政务公开办/义务教育招生方案解读.png"
    o.shot(src, hostile(portal(platform(today="2020-11-12", title="图解：霸州市2020年义务教育招生入学工作方案",
        crumb=["首页", "政府信息公开", "法定主动公开内容", "政策解读"],
        index=grid("000014348/2020-00231", "教育", "霸州市教育和体育局", "2020-07-16", "无", "2020-07-15"),
        paras=["一、招生原则：坚持免试就近入学，公办民办学校同步招生。", "二、报名时间：小学、初中网上报名时间为7月20日至7月26日。",
               "三、划片范围：城区小学划片范围详见附表。", "相关文件：《霸州市2020年义务教育招生入学工作方案》（霸教体〔2020〕27号）"])),
        grey="#b0b0b0", small=11))
    L(src, "4.1", "2020-07-16", "screenshot", "信息公开平台的政策解读稿（图解），元数据格浅灰小字：发布日期2020-07-16，成文日期2020-07-15不同；报名日期、文号年份为干扰。主题是义务教育（2.5），体裁是解读→4.1。",
      trap="metadata-grid-published-vs-written; topic-vs-genre; light-grey-small-text")

    src = "政务公开办公室/政策文件与解读关联自查表.docx"
    write_docx(o.path(src), "", [("t", "政策文件与解读稿关联情况自查表"),
        ("tbl", [["序号", "政策文件", "解读稿", "是否双向关联", "备注"],
                 ["1", "霸州市城镇老旧小区改造实施方案", "《实施方案》政策解读", "是", "2020-10-30"],
                 ["2", "霸州市2020年义务教育招生入学工作方案", "图解：招生方案", "是", "2020-07-16"],
                 ["3", "霸州市促进中小企业发展若干措施", "措施解读", "否（已整改）", "2020-06-09"]]),
        ("p", "经逐条核查，抽查的3个解读稿均已与被解读政策文件在信息公开平台互相关联。"),
        ("r", "霸州市政务公开办公室"), ("r", "2020年11月6日")], created="2020-11-16T10:02:00Z")
    L(src, "4.3", "2020-11-06", "document", "解读关联自查表（docx）。落款2020年11月6日；表中各解读稿日期、元数据11-16为干扰。", trap="table-dates; docx-metadata")

    src = "政务公开办公室/2020年政策性文件解读情况统计.xlsx"
    write_xlsx(o.path(src), "Sheet1", [["2020年本级印发政策性文件及解读情况统计表", "", "", ""],
        ["文件名称", "印发日期", "是否解读", "解读形式"],
        ["霸州市城镇老旧小区改造实施方案", ("date", "2020-10-23"), "是", "文字+图解"],
        ["霸州市促进中小企业发展若干措施", ("date", "2020-06-03"), "是", "文字"],
        ["霸州市2020年政务公开工作要点", ("date", "2020-06-12"), "是", "一图读懂"],
        ["霸州市城区机动车停车管理办法", ("date", "2020-10-27"), "是", "文字"],
        ["", "", "", ""], ["填报单位：市政务公开办", "", "填报日期：2020年11月12日", ""]],
        "统计", widths=[34, 14, 10, 14], created="2020-11-17T09:15:00Z", merge=["A1:D1"])
    L(src, "4.2", "2020-11-12", "document", "解读比例统计表。填报日期2020年11月12日；印发日期列是Excel序列值。", trap="excel-serials")

    src = "市政务公开办/政府信息公开保密审查制度.png"
    o.shot(src, hostile(portal(platform(today="2020-11-10", title="霸州市政府信息公开保密审查制度",
        crumb=["首页", "政府信息公开制度"], on="政府信息公开制度",
        index=grid("000014349/2020-00088", "综合政务", "霸州市人民政府办公室", "2020-05-11", "霸政办字〔2020〕21号", "2020-04-30"),
        paras=["第一条 为规范政府信息公开保密审查工作，根据《中华人民共和国保守国家秘密法》《中华人民共和国政府信息公开条例》（2019年4月3日修订）制定本制度。",
               "第二条 行政机关公开政府信息前，应当依照有关规定对拟公开的政府信息进行审查。", "第九条 本制度自印发之日起施行。"])),
        grey="#bdbdbd", noise=.3))
    L(src, "5.2", "2020-05-11", "screenshot", "信息公开制度（平台页）。元数据格发布日期2020-05-11，成文日期2020-04-30，文号年份、条例修订日期为干扰；浅灰加噪。",
      trap="metadata-grid-published-vs-written; cited-policy-date; noise")

    src = "市政务公开办/依申请公开栏目.png"
    o.shot(src, wide(portal(platform(today="2020-11-19", title="依申请公开", on="依申请公开", crumb=["首页", "依申请公开"],
        form=[("申请人类型", "公民　　法人或其他组织"), ("姓名", '<span class="in"></span>'), ("证件号码", '<span class="in"></span>'),
              ("所需信息内容描述", '<span class="in" style="height:60px"></span>'), ("获取信息方式", "邮寄　电子邮件　传真　自行领取"),
              ("信函申请地址", "霸州市迎宾大厦715室（邮编065700）"), ("当面申请", "工作日 8:30-12:00 14:30-17:30")],
        box=["依申请公开办理流程：提交申请—登记—审核—答复，自收到申请之日起20个工作日内予以答复。"])), 1920, 980))
    L(src, "6.1", None, "screenshot", "依申请公开在线申请栏目（网络、信函、当面渠道），1920宽；栏目页没有发布日期（null）。", trap="undated-column-page")

    src = "市政务公开办/政务公开业务培训.jpg"
    o.shot(src, zoomed(phone("wechat", title="我市举办2020年政务公开业务培训班", account="霸州发布", byline="2020-09-18",
        pic="培训现场", paras=["9月17日，市政务公开办举办2020年全市政务公开业务培训班，各乡镇（区、办）、市直各部门政务公开工作人员共120余人参加。",
                           "培训围绕新修订的《政府信息公开条例》、依申请公开答复规范、政府网站与政务新媒体管理等内容进行了讲解。"]), 1080))
    L(src, "8.4", "2020-09-18", "screenshot", "微信公众号文章（1080宽手机截图）：业务培训。文章日期2020-09-18（标题下浅灰）；培训日9月17日为干扰。",
      trap="phone-1080; event-date-before-publication")

    src = "市政务公开办/IMG_20200918_091533.jpg"
    o.shot(src, photo_page(docpage(dict(title="2020年全市政务公开业务培训班签到表",
        paras=["时间：2020年9月17日上午9:00　　地点：迎宾大厦三楼会议室",
               '<table><tr><th>序号</th><th>单位</th><th>姓名</th><th>签到</th></tr>'
               + "".join(f"<tr><td>{i}</td><td>{u}</td><td>{n}</td><td>{n}</td></tr>" for i, (u, n) in enumerate(
                   [("胜芳镇", "李某某"), ("南孟镇", "张某"), ("市财政局", "王某某"), ("市民政局", "赵某"), ("市教育和体育局", "刘某某")], 1))
               + "</table>"]), for_image=True), rotate=-2.8))
    L(src, "8.4", "2020-09-17", "document", "培训签到表纸件照片。签到表上的培训日期2020年9月17日；文件名IMG_20200918是拍照时间。",
      trap="filename-date-is-photo-time")

    src = "市政务公开办/政务公开工作机构人员情况.docx"
    write_docx(o.path(src), "", [("t", "关于成立霸州市政务公开办公室并配备专职工作人员的通知"),
        ("n", "各乡镇（区、办）人民政府，市政府各部门："),
        ("p", "根据《中共中央办公厅 国务院办公厅关于全面推进政务公开工作的意见》（中办发〔2016〕8号）要求，经研究，设立霸州市政务公开办公室，作为全市政务公开工作机构，挂靠市政府办公室，配备专职工作人员3名。"),
        ("tbl", [["姓名", "职务", "分工"], ["王某某", "主任", "全面工作"], ["李某", "科员", "信息公开平台"], ["陈某某", "科员", "依申请公开"]]),
        ("r", "霸州市人民政府办公室"), ("r", "2020年4月21日")], created="2020-11-16T11:20:00Z")
    L(src, "8.2", "2020-04-21", "document", "机构建设：成立政务公开工作机构、配备专职人员。落款2020年4月21日；中办发〔2016〕文号、元数据为干扰。", trap="docno-year; docx-metadata")

    src = "市政务公开办/霸州发布公众号.png"
    o.shot(src, phone("history", account="霸州发布", logo="霸州", intro="霸州市人民政府新闻办公室官方公众号",
        days=[("2020年11月18日", ["霸州：冬季供暖全面启动", "我市开展消防安全宣传月活动"]), ("2020年11月16日", ["一图读懂：城镇老旧小区改造实施方案"]),
              ("2020年11月13日", ["市政府召开第四十一次常务会议"])]))
    L(src, "7.2.1", None, "screenshot", "政务微信公众号历史消息页（新媒体开设情况），没有单一发布日期（null）。", trap="undated-account-page")

    src = "市政务公开办/Screenshot_20201116-101523.png"
    o.shot(src, zoomed(phone("weibo", posts=[dict(name="霸州发布", av="霸州", time="2020-11-14 10:02 来自 微博 weibo.com",
        text="【我市发布冬季清洁取暖补贴政策问答】11月15日起，城区居民可通过“霸州发布”小程序申请清洁取暖补贴……<a>全文</a>", rt=23, cm=9, lk=61)],
        comments=[("霸州小张", "已经申请了，很方便", "11-15 08:12"), ("胜芳老李", "农村也能申请吗", "11-16 09:40")]), 720))
    L(src, "7.2.2", "2020-11-14", "screenshot", "政务微博正文（720宽安卓截图）：新媒体内容更新。博文时间2020-11-14；文件名Screenshot_20201116是截屏时间；11月15日起、评论时间为干扰。",
      trap="filename-date-is-screenshot-time; phone-720")

    src = "市政务公开办/政务新媒体安全自查情况报告.docx"
    write_docx(o.path(src), "", [("t", "霸州市政务新媒体安全自查情况报告"),
        ("p", "按照《关于进一步规范政务新媒体健康有序发展的通知》要求，市政务公开办会同市融媒体中心对全市42个政务新媒体账号开展了安全自查，重点检查表述错误、泄露秘密、购买粉丝等问题。"),
        ("p", "经查，未发现严重表述错误和泄密情况；关停整合“僵尸”账号3个。"),
        ("r", "霸州市政务公开办公室"), ("r", "2020年10月20日")], created="2020-11-17T15:00:00Z")
    L(src, "7.2.3", "2020-10-20", "document", "政务新媒体安全自查报告。落款2020年10月20日。", trap="docx-metadata")

    # ------------------------------------------------ 财政局
    src = "财政局/预决算公开栏目.jpg"
    o.shot(src, wide(portal(dict(today="2020-11-11", title="预决算公开", crumb=["首页", "政务公开", "财政信息", "预决算公开"],
        listing=[("霸州市2020年政府预算公开", "2020-02-10"), ("霸州市2019年政府决算公开", "2020-09-18"), ("市教育和体育局2020年部门预算", "2020-03-16"),
                 ("市民政局2020年部门预算", "2020-03-17"), ("市财政局2020年部门预算", "2020-03-20"), ("2019年度项目绩效自评结果公开", "2020-06-05")]), q=55), 1920, 900))
    L(src, "1.7", None, "screenshot", "预决算公开栏目列表（1920宽），没有自己的日期（null）。", trap="undated-column-page")

    src = "财政局/2020年部门预算公开.pdf"
    o.pdf(src, printed_page("霸州市财政局2020年部门预算公开", ["首页", "政务公开", "财政信息", "预决算公开"],
        ["发布时间：2020-03-20", "来源：市财政局", "【字体：大 中 小】"],
        ["根据《中华人民共和国预算法》（2018年12月29日修正）有关规定，现将霸州市财政局2020年部门预算公开如下。",
         "一、部门职责：贯彻执行财税方针政策，编制年度预决算草案并组织执行。",
         '<table><tr><th>项目</th><th>2019年预算数</th><th>2020年预算数</th></tr><tr><td>一般公共预算拨款</td><td>2316.45</td><td>2190.12</td></tr><tr><td>政府性基金</td><td>0</td><td>0</td></tr></table>',
         "二、“三公”经费：2020年“三公”经费预算12.6万元，比上年减少1.8万元。"],
        "http://www.bazhou.gov.cn/czj/yjsgk/202003/t20200320_6123.html", "2020/11/18 上午10:21"), collected="20201118102140")
    L(src, "1.7", "2020-03-20", "document", "门户网站文章的浏览器打印PDF：页眉打印时间2020/11/18，页脚URL含t20200320。文章发布时间2020-03-20（与URL一致）；预算法修正日期、PDF元数据为干扰。",
      trap="print-header-date; url-footer; cited-law-date")

    src = "财政局/项目绩效自评结果公开.png"
    o.shot(src, portal(platform(today="2020-11-11", title="2019年度城乡道路养护项目绩效自评结果", crumb=["首页", "法定主动公开内容", "财政预决算", "绩效评价"],
        index=grid("000014351/2020-00107", "财政", "霸州市财政局", "2020-06-05", "无", "2020-06-03"),
        paras=["一、项目概况：项目预算资金860万元，实施主体为市城市管理综合行政执法局。", "二、绩效目标完成情况：道路完好率98.2%，群众满意度95%。",
               "三、自评结论：自评得分92分，等级为“优”。"])))
    L(src, "1.7", "2020-06-05", "screenshot", "财政信息公开：项目绩效自评结果（平台页）。发布日期2020-06-05，成文日期2020-06-03。", trap="metadata-grid-published-vs-written")

    # ------------------------------------------------ 市司法局
    src = "市司法局/行政执法公示.png"
    o.shot(src, portal(dict(today="2020-11-12", title="霸州市司法局2020年第三季度行政执法信息公示",
        crumb=["首页", "政务公开", "行政执法公示"], meta=["2020年10月9日 15:30", "来源：霸州市司法局", "作者：法制股", "字体：大 中 小"],
        paras=["根据行政执法公示制度要求，现将我局2020年第三季度行政执法信息公示如下：",
               '<table><tr><th>案件名称</th><th>决定日期</th><th>处理结果</th></tr><tr><td>某律师事务所未按规定公示</td><td>2020-08-14</td><td>警告</td></tr><tr><td>某公证处超范围执业</td><td>2020-09-22</td><td>责令改正</td></tr></table>'],
        side=("通知公告", [("关于开展法律援助宣传月活动的通知", "2020-11-02"), ("2020年第二季度行政执法信息公示", "2020-07-08")]))))
    L(src, "1.6", "2020-10-09", "screenshot", "执法公开：季度行政执法公示。无标签署名行“2020年10月9日 15:30 来源 作者 字体”；表中决定日期、侧栏为干扰。", trap="byline-without-label; table-dates")

    src = "市司法局/扫描件_行政复议决定书.pdf"
    colour_scanpdf(o, src, sealed_doc(dict(red="霸州市人民政府", no="霸政复决字〔2020〕第7号", title="行政复议决定书",
        paras=["申请人：张某某。", "被申请人：霸州市某局。",
               "申请人对被申请人于2020年6月3日作出的政府信息公开申请答复不服，于2020年6月28日向本机关申请行政复议，本机关依法予以受理。",
               "经审理，被申请人作出的答复认定事实清楚，适用依据正确，程序合法。根据《中华人民共和国行政复议法》第二十八条第一款第（一）项之规定，本机关决定：维持被申请人作出的答复。",
               "申请人如不服本决定，可以自收到本决定书之日起十五日内向人民法院提起行政诉讼。"],
        sign=["霸州市人民政府", cn_upper("2020-08-11")]), "霸州市人民政府行政复议专用章", seal_pos=(300, -50)), collected="20201124094512")
    L(src, "6.3", "2020-08-11", "document", "信息公开类行政复议决定书的彩色扫描件（无文字层），红章盖在落款日期“二〇二〇年八月十一日”上；答复日6月3日、申请复议日6月28日为干扰；PDF创建日期2020-11-24在报送期内，不能当发布日期。",
      trap="seal-over-chinese-numeral-date; scan-creationdate-in-submission-window; quoted-earlier-dates")

    # ------------------------------------------------ 生态环境
    src = "生态环境分局/大气污染综合治理攻坚.jpg"
    o.shot(src, portal(dict(today="2020-11-19", title="霸州市开展秋冬季大气污染综合治理攻坚行动",
        crumb=["首页", "政务公开", "重点领域信息公开", "生态环境"], meta=["发布时间：2020-09-14", "信息来源：廊坊市生态环境局霸州市分局"],
        paras=["为确保完成年度空气质量改善目标，我市自9月15日起开展秋冬季大气污染综合治理攻坚行动，重点整治散煤燃烧、扬尘污染和柴油货车排放。",
               "1-8月，全市PM2.5平均浓度同比下降12.6%，优良天数比例提高8个百分点。"],
        frame=dict(url="www.bazhou.gov.cn/art/2020/9/14/art_1532_80544.html", time="16:05", date="2020/11/19", tab2="霸州市生态环境分局"))))
    L(src, "2.1", "2020-09-14", "screenshot", "环保领域：大气污染治理攻坚（浏览器窗口截图，地址栏/art/2020/9/14/与发布时间一致）。行动起始9月15日、任务栏时钟2020/11/19为干扰。",
      trap="url-in-address-bar; taskbar-clock; future-start-date")

    src = "生态环境分局/2019年政府信息公开工作年度报告.pdf"
    o.pdf(src, docpage(dict(title="廊坊市生态环境局霸州市分局2019年政府信息公开工作年度报告",
        paras=["本报告根据《中华人民共和国政府信息公开条例》（国务院令第711号）要求编制，报告期为2019年1月1日至12月31日。",
               "一、总体情况。2019年，我局主动公开大气污染防治、重点流域污染综合治理、黑臭水体治理、环评审批等生态环境信息236条。",
               "二、依申请公开情况。全年收到政府信息公开申请5件，均按期答复；未发生信息公开类行政复议和行政诉讼。",
               "三、存在的主要问题及改进情况。部分环境监测信息更新不够及时，2020年将加强固体废弃物处置监管信息公开。"],
        sign=["廊坊市生态环境局霸州市分局", "2020年1月19日"])), collected="20201116150000")
    L(src, "5.3", "2020-01-19", "document", "政府信息公开工作年度报告（打印PDF）。落款2020年1月19日；报告期2019年为干扰。正文大量谈环保、依申请、复议，体裁是年度报告→5.3。",
      trap="topic-vs-genre; report-period-dates")

    src = "生态环境分局/对市政协九届四次会议第52号提案的答复.pdf"
    o.pdf(src, docpage(dict(red="廊坊市生态环境局霸州市分局", no="霸环提复〔2020〕3号", title="对市政协九届四次会议第52号提案的答复",
        to="刘某某委员：",
        paras=["您提出的《关于加强中亭河流域水污染治理的提案》收悉。现答复如下：",
               "一、关于入河排污口整治。2020年我局排查中亭河沿线入河排污口47个，完成规范整治39个，其余8个将于2020年12月底前完成。",
               "二、关于黑臭水体治理。城区2条黑臭水体已完成清淤和截污，水质达到消除黑臭标准。",
               "感谢您对生态环境工作的关心和支持。"],
        sign=["廊坊市生态环境局霸州市分局", "2020年7月28日"], after=["（联系人：孙某　联系电话：7221xxx）", "抄送：市政协提案委员会，市政府督查室"])), collected="20201117101500")
    L(src, "1.5", "2020-07-28", "document", "对政协提案的答复（复文）。主题是河流污染（像2.1），但提案办理复文证明的是结果公开1.5。落款2020年7月28日；整改期限12月底、文号为干扰。",
      trap="topic-vs-genre; future-deadline")

    # ------------------------------------------------ 民政 / 扶贫
    src = "市扶贫办/城乡低保对象公示.png"
    o.shot(src, hostile(portal(platform(today="2020-11-12", title="霸州市2020年10月城乡最低生活保障新增对象公示",
        crumb=["首页", "法定主动公开内容", "社会救助", "低保"],
        index=grid("000014360/2020-00412", "社会救助", "霸州市民政局", "2020-10-12", "无", "2020-10-10"),
        paras=["根据《社会救助暂行办法》，经乡镇审核、市民政局审批，现将10月新增城乡低保对象公示如下，公示期7天（10月12日至10月18日）。",
               '<table><tr><th>乡镇</th><th>户主</th><th>保障人数</th><th>月保障金（元）</th></tr><tr><td>南孟镇</td><td>王某</td><td>2</td><td>1060</td></tr><tr><td>信安镇</td><td>李某某</td><td>1</td><td>530</td></tr><tr><td>东段乡</td><td>赵某</td><td>3</td><td>1590</td></tr></table>',
               "监督电话：0316-72xxxxx"])), grey="#aaaaaa", small=12, noise=.18))
    L(src, "2.6", "2020-10-12", "screenshot", "错放单位：民政局发布的低保对象公示放在扶贫办文件夹。社会救助公示=2.6（不是脱贫攻坚2.2）。元数据格发布日期2020-10-12，成文2020-10-10，公示期为干扰。",
      trap="wrong-unit-folder; topic-vs-genre; metadata-grid-published-vs-written")

    src = "市扶贫办/扶贫项目资金公告.docx"
    write_docx(o.path(src), "", [("t", "霸州市2020年扶贫项目资金安排公告"),
        ("p", "为加强扶贫资金监管，根据《河北省扶贫项目资金公告公示制度》，现将2020年第二批扶贫项目资金安排公告如下："),
        ("tbl", [["项目名称", "实施乡镇", "资金（万元）", "受益户数"], ["光伏扶贫电站运维", "东段乡", "36", "112"], ["特色种植基地", "王庄子乡", "52", "86"]]),
        ("p", "公告期10天，监督电话12317。"), ("r", "霸州市扶贫开发办公室"), ("r", "2020年6月10日")], created="2020-11-16T16:40:00Z")
    L(src, "2.2", "2020-06-10", "document", "脱贫攻坚：扶贫项目资金公告（docx）。落款2020年6月10日。", trap="docx-metadata")

    src = "民政局/养老服务补贴政策清单.jpg"
    o.shot(src, portal(dict(today="2020-11-09", title="霸州市养老服务扶持政策清单", crumb=["首页", "政务公开", "重点领域信息公开", "养老服务"],
        meta=["发布时间：2020-09-22 10:15", "来源：市民政局", "阅读：1046"],
        paras=["一、高龄津贴：80周岁以上老年人每人每月50元。", "二、经济困难失能老年人护理补贴：每人每月100元。",
               "三、养老机构运营补贴：按实际入住人数每床每年1200元。", "政策依据：《河北省养老服务体系建设“十三五”规划》（2017年3月）。"]), q=48))
    L(src, "2.6", "2020-09-22", "screenshot", "养老服务政策清单（社会救助与福利2.6）。发布时间2020-09-22；规划日期为干扰；JPEG质量低。", trap="low-jpeg-quality; cited-policy-date")

    src = "民政局/机构职能.png"
    o.shot(src, portal(platform(today="2020-11-09", title="霸州市民政局机构职能", crumb=["首页", "法定主动公开内容", "机构职能"],
        meta=["更新时间：2020-04-08"], paras=["主要职责：（一）贯彻执行民政工作的法律法规……", "内设机构：办公室、社会救助股、养老服务股、社会事务股。",
                                         "负责人：局长 某某某。办公地址：霸州市益津南路128号。"])))
    L(src, "1.3", "2020-04-08", "screenshot", "管理公开：机构职能页，只有“更新时间”2020-04-08（无发布时间时取更新时间）。", trap="update-time-only")

    # ------------------------------------------------ 金融 / 审批 / 交易
    src = "市地方金融监督管理局/Screenshot_2020-11-17-09-12-33-456_com.tencent.mm.jpg"
    o.shot(src, hostile(zoomed(phone("wechat", title="防范非法集资 守护好您的“钱袋子”", account="霸州金融", byline="2020-06-15",
        pic="防范非法集资宣传月", paras=["6月是全国防范非法集资宣传月。近期，一些不法分子以“养老投资”“消费返利”为名实施非法集资……",
                                    "根据《非法金融机构和非法金融业务活动取缔办法》（国务院令第247号，1998年7月13日发布）……", "如发现非法集资线索，请拨打举报电话。"]), 1080),
        grey="#c2c2c2", noise=.12, q=62))
    L(src, "2.3", "2020-06-15", "screenshot", "金融领域：防范非法集资公众号文章（1080宽手机截图，署名日期很浅）。文章日期2020-06-15；文件名2020-11-17是截屏时间。",
      trap="filename-date-is-screenshot-time; light-grey-byline; phone-1080")

    src = "行政审批局/政务服务事项目录.png"
    o.shot(src, wide(portal(platform(today="2020-11-13", title="霸州市政务服务事项目录（2020年动态调整）", crumb=["首页", "法定主动公开内容", "政务服务"],
        index=grid("000014362/2020-00311", "政务服务", "霸州市行政审批局", "2020-08-31", "霸审批〔2020〕12号", "2020-08-28"),
        paras=["根据河北省政务服务事项清单调整要求，现将我市2020年政务服务事项目录动态调整结果公布如下：新增事项14项，取消事项6项，变更事项23项。",
               '<table><tr><th>事项名称</th><th>办理时限</th><th>办理地点</th></tr><tr><td>食品经营许可</td><td>10个工作日</td><td>市民服务中心A区</td></tr><tr><td>公共场所卫生许可</td><td>5个工作日</td><td>市民服务中心B区</td></tr></table>'])), 1920, 940))
    L(src, "1.4", "2020-08-31", "screenshot", "服务公开：政务服务事项目录动态调整（平台页，1920宽）。发布日期2020-08-31，成文2020-08-28。",
      trap="metadata-grid-published-vs-written; desktop-1920")

    src = "行政审批局/双随机一公开抽查事项清单.html"
    h, _ = portal(dict(today="2020-11-13", title="霸州市行政审批局随机抽查事项清单（2020年版）", crumb=["首页", "政务公开", "双随机一公开"],
        meta=["发布时间：2020-07-10", "来源：市行政审批局"], paras=["根据“双随机、一公开”监管要求，动态调整我局随机抽查事项清单如下：",
              '<table><tr><th>抽查事项</th><th>抽查依据</th><th>抽查比例</th></tr><tr><td>中介机构执业情况检查</td><td>《河北省中介服务管理办法》</td><td>5%</td></tr></table>']))
    url = "http://www.bazhou.gov.cn/xzspj/ssjygk/202007/t20200710_5530.html"
    with open(o.path(src), "wb") as f:
        f.write(h.replace("<head>", f"<head>\n<!-- saved from url=({len(url):04d}){url} -->", 1).encode("utf-8"))
    L(src, "2.4", "2020-07-10", "screenshot", "放管服：双随机一公开抽查事项清单（另存的HTML，有saved from url注释）。发布时间2020-07-10。", trap="saved-html; today-bar")

    src = "行政审批局/重大建设项目批准结果公示.jpg"
    o.shot(src, portal(platform(today="2020-11-13", title="霸州市2020年第三批重大建设项目批准结果公开", crumb=["首页", "法定主动公开内容", "重大建设项目"],
        index=grid("000014362/2020-00287", "城乡建设", "霸州市行政审批局", "2020-08-05", "无", "2020-08-04"),
        paras=["现将2020年第三批重大建设项目批准结果公开如下：", "1.霸州市城东污水处理厂扩建工程，批复文号霸审批投资〔2020〕88号，批复日期2020年7月30日。",
               "2.胜芳镇集中供热管网改造工程，批复日期2020年7月31日。"]), q=50))
    L(src, "2.10", "2020-08-05", "screenshot", "重大建设项目批准结果（平台页）。发布日期2020-08-05；批复日期7月30/31日为干扰。主题污水处理厂（环保）但公开的是批准结果。",
      trap="metadata-grid-published-vs-written; event-date-before-publication")

    src = "公共资源交易中心/国有产权转让公告.png"
    o.shot(src, portal(dict(today="2020-11-10", site="霸州市公共资源交易中心", url="ggzy.bazhou.gov.cn",
        nav=["首页", "交易信息", "政策法规", "办事指南", "诚信体系"], on="交易信息", title="霸州市某国有公司闲置设备转让公告",
        crumb=["首页", "交易信息", "产权交易", "转让公告"], meta=["发布日期：2020-09-01", "信息来源：市公共资源交易中心", "访问次数：96"],
        paras=["经霸州市国有资产管理部门批准（霸国资〔2020〕15号），现将闲置设备一批公开转让。", "转让底价：38.6万元。审计机构：河北某会计师事务所，审计基准日2020年6月30日。",
               "报名时间：2020年9月2日至2020年9月29日。"])))
    L(src, "2.8", "2020-09-01", "screenshot", "国有产权交易：转让公告（交易中心网站）。发布日期2020-09-01；审计基准日、报名期为干扰。", trap="period-dates; audit-date")

    src = "公共资源交易中心/招标公告.htm"
    h, _ = portal(dict(today="2020-11-10", site="霸州市公共资源交易中心", url="ggzy.bazhou.gov.cn",
        nav=["首页", "交易信息", "政策法规", "办事指南", "诚信体系"], on="交易信息", title="霸州市第三中学教学楼改造工程招标公告",
        crumb=["首页", "交易信息", "工程建设", "招标公告"], meta=["[2020-08-20]", "来源：霸州市公共资源交易中心"],
        paras=["项目编号：BZGGZY-2020-0816。本项目已由霸州市行政审批局批准建设（霸审批投资〔2020〕61号）。",
               "投标截止时间：2020年9月10日9时30分。", "招标人：霸州市教育和体育局。"]))
    h = h.replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">')
    with open(o.path(src), "wb") as f:
        f.write(h.encode("gbk"))
    L(src, "2.9", "2020-08-20", "screenshot", "工程建设招投标：招标公告（GBK编码另存.htm）。方括号中的日期[2020-08-20]是发布日期；投标截止9月10日为干扰。招标人是教体局（主题像教育）。",
      trap="gbk-page; bracket-date; deadline")

    # ------------------------------------------------ 教育 / 人社 / 住建 / 应急 / 自然资源 / 卫健 / 文旅
    src = "教体局/2020年义务教育招生入学工作方案.pdf"
    o.pdf(src, docpage(dict(red="霸州市教育和体育局文件", no="霸教体〔2020〕27号", title="关于印发《霸州市2020年义务教育招生入学工作方案》的通知",
        to="各乡镇（区、办）中心校，市直各学校：",
        paras=["现将《霸州市2020年义务教育招生入学工作方案》印发给你们，请认真贯彻执行。", "一、招生对象：2014年8月31日前出生的适龄儿童。",
               "二、报名时间：2020年7月20日至7月26日。", "三、录取结果于8月10日前公布。"],
        sign=["霸州市教育和体育局", "2020年7月8日"], yinfa=("霸州市教育和体育局办公室", "2020年7月10日印发"))), collected="20201117093000")
    L(src, "2.5", "2020-07-08", "document", "教育领域：义务教育招生方案（红头打印PDF）。落款2020年7月8日，印发行7月10日晚于落款；出生日期界限、报名期为干扰。",
      trap="yinfa-line-later; period-dates")

    src = "教体局/全民健身日活动.jpg"
    o.shot(src, zoomed(phone("wechat", title="“全民健身日”霸州市健步走活动举行", account="霸州教体", byline="2020年8月8日",
        pic="全民健身日", c1="#f0c36b", c2="#3b8c5a", paras=["8月8日是第十二个“全民健身日”。当天上午，我市在益津公园举办健步走活动，500余名群众参加。",
                                                      "活动现场还开展了《国家体育锻炼标准》达标测试和社会体育指导员志愿服务。"]), 828))
    L(src, "2.12", "2020-08-08", "screenshot", "公共文化体育：全民健身日活动（828宽手机截图）。文章日期2020年8月8日与活动日相同。", trap="phone-828")

    src = "教体局/政府信息公开指南.png"
    o.shot(src, portal(platform(today="2020-11-12", title="霸州市教育和体育局政府信息公开指南", on="政府信息公开指南", crumb=["首页", "政府信息公开指南"],
        index=grid("000014355/2020-00019", "综合政务", "霸州市教育和体育局", "2020-03-31", "无", "2020-03-30"),
        paras=["一、主动公开：公开的主要内容包括机构职能、招生入学、学生资助等。", "二、依申请公开：申请人可通过网络、信函、当面方式提出申请。",
               "三、受理机构：市教育和体育局办公室，办公时间：周一至周五。"])))
    L(src, "5.1", "2020-03-31", "screenshot", "部门政府信息公开指南（平台页）。发布日期2020-03-31，成文2020-03-30。主题教育，体裁是指南→5.1。", trap="metadata-grid-published-vs-written; topic-vs-genre")

    src = "人社局/微信图片_20201105103244.jpg"
    o.shot(src, phone("wechat", title="“金秋招聘月”霸州专场招聘会11月5日举行", account="霸州人社", byline="2020-10-28",
        pic="金秋招聘月", paras=["为帮助高校毕业生、退役军人、农民工等重点群体就业，11月5日上午9:00，市人社局将在人力资源市场举办专场招聘会。",
                             "届时将有86家企业提供岗位1900余个。"]))
    L(src, "2.6", "2020-10-28", "screenshot", "就业：招聘会预告（微信截图）。文章日期2020-10-28；标题中的11月5日是活动日，文件名微信图片_20201105是保存时间，都晚于发布。",
      trap="filename-date-is-save-time; future-event-date")

    src = "住建局/对市人大十六届五次会议第21号建议的答复.pdf"
    o.pdf(src, docpage(dict(red="霸州市住房和城乡建设局", no="霸住建建复〔2020〕5号", title="对市十六届人大五次会议第21号建议的答复",
        to="王某某代表：", paras=["您提出的《关于加快城区老旧小区改造的建议》收悉，现答复如下：",
                              "2020年我市计划改造老旧小区23个，涉及住户3460户，目前已开工19个。下一步将加大租赁住房、棚户区改造信息公开力度。",
                              "答复类别：A类（所提问题已经解决或基本解决）。"],
        sign=["霸州市住房和城乡建设局", "2020年7月20日"])), collected="20201117094500")
    L(src, "1.5", "2020-07-20", "document", "人大建议答复。主题老旧小区改造（像2.7），体裁是建议办理复文→1.5。落款2020年7月20日。", trap="topic-vs-genre")

    src = "住建局/公租房实物配租结果公示.jpg"
    o.shot(src, hostile(portal(dict(today="2020-11-16", title="2020年公共租赁住房实物配租结果公示", crumb=["首页", "政务公开", "住房保障"],
        meta=["2020-10-22", "来源：住建局", "作者：住房保障股", "阅读次数：318"],
        paras=["10月21日，我局在公证机构监督下对第三批公租房进行了公开摇号，现将配租结果公示如下，公示期10月22日至10月28日。",
               '<table><tr><th>序号</th><th>申请人</th><th>房源</th></tr><tr><td>1</td><td>刘某</td><td>阳光小区3-2-401</td></tr><tr><td>2</td><td>陈某某</td><td>阳光小区5-1-602</td></tr></table>'])),
        grey="#b5b5b5", small=12, q=45))
    L(src, "2.7", "2020-10-22", "screenshot", "住房保障：公租房配租结果公示。无标签、浅灰小字的署名行“2020-10-22 来源 作者 阅读次数”；摇号日10月21日、公示期为干扰。",
      trap="byline-without-label; light-grey-small-text; event-date-before-publication")

    src = "应急管理局/暴雨预警微博.png"
    o.shot(src, phone("weibo", posts=[dict(name="霸州应急管理", av="应急", time="2020-8-12 06:40 来自 iPhone客户端",
        text="【暴雨蓝色预警】霸州市气象台8月12日6时发布暴雨蓝色预警：预计12日白天到夜间我市有暴雨。市防汛抗旱指挥部启动防汛Ⅳ级应急响应。", rt=88, cm=14, lk=152)]))
    L(src, "2.11", "2020-08-12", "screenshot", "灾害事故救援：暴雨预警及应急响应（微博，414宽）。博文时间2020-8-12（月份不补零）。", trap="unpadded-date")

    src = "自然资源和规划局/扫描件_政府信息公开申请答复书.pdf"
    colour_scanpdf(o, src, sealed_doc(dict(red="霸州市自然资源和规划局", no="霸自然资依复〔2020〕9号", title="政府信息公开申请答复书",
        to="李某某：", paras=["本机关于2020年8月17日收到您提出的政府信息公开申请，您申请获取“东杨庄乡2019年征收集体土地的批复文件及补偿安置方案”。",
                          "经查，您申请的信息属于公开范围。根据《中华人民共和国政府信息公开条例》第三十六条第（二）项之规定，现将上述信息以邮寄方式提供给您。",
                          "如对本答复不服，可以在收到本答复之日起60日内向霸州市人民政府申请行政复议，或者在6个月内向人民法院提起行政诉讼。"],
        sign=["霸州市自然资源和规划局", cn_upper("2020-09-04")]), "霸州市自然资源和规划局", seal_pos=(320, -40)), collected="20201125110230")
    L(src, "6.2", "2020-09-04", "document", "依申请公开答复书彩色扫描件（无文字层），红章压在落款“二〇二〇年九月四日”上；正文先引用申请日2020年8月17日；PDF创建日期2020-11-25在报送期内。主题征地（2.13），体裁答复书→6.2。",
      trap="reply-quotes-application-date; seal-over-chinese-numeral-date; scan-creationdate-in-submission-window; topic-vs-genre")

    src = "自然资源和规划局/2020年度国有建设用地供应计划.png"
    o.shot(src, portal(dict(today="2020-11-16", title="霸州市2020年度国有建设用地供应计划", crumb=["首页", "政务公开", "重点领域信息公开", "自然资源"],
        meta=["发布时间：2020年03月30日", "来源：市自然资源和规划局", "【打印】"],
        paras=["经市政府批准，2020年度全市国有建设用地供应总量为186.5公顷，其中工矿仓储用地62公顷，住宅用地48.3公顷。",
               "本计划执行期为2020年1月1日至2020年12月31日。"])))
    L(src, "2.13", "2020-03-30", "screenshot", "自然资源：年度土地供应计划。发布时间2020年03月30日；执行期为干扰。", trap="period-dates")

    src = "卫健局/疫情防控通告.jpg"
    o.shot(src, wide(portal(dict(today="2020-11-03", title="霸州市新冠肺炎疫情防控工作领导小组办公室通告（第18号）", crumb=["首页", "政务公开", "疫情防控"],
        meta=["发布时间：2020-11-02 18:30", "来源：市卫生健康局", "浏览：5210"],
        paras=["当前，秋冬季疫情防控形势严峻复杂。自即日起，进入我市的中高风险地区人员须提前向所在社区报告。",
               "本通告自2020年11月3日零时起施行。"], side=("疫情防控", [("通告（第17号）", "2020-10-09"), ("冬春季疫情防控提示", "2020-10-30")])), q=52), 1920, 900))
    L(src, "2.14", "2020-11-02", "screenshot", "医疗卫生：疫情防控通告（1920宽）。发布时间2020-11-02；施行日11月3日、侧栏日期为干扰。", trap="effective-date-after; desktop-1920")

    src = "卫健局/政府信息公开指南（2020年修订）.docx"
    write_docx(o.path(src), "", [("t", "霸州市卫生健康局政府信息公开指南（2020年修订）"),
        ("p", "为了保障公民、法人和其他组织依法获取政府信息，根据《中华人民共和国政府信息公开条例》，编制本指南。"),
        ("p", "一、主动公开。主要包括疫情防控、医疗服务、药品安全、医保监管、疫苗监管等信息。"),
        ("p", "二、依申请公开。申请人可通过信函、当面、网络方式提出申请，本机关自收到申请之日起20个工作日内答复。"),
        ("p", "三、本指南自2020年4月15日起施行，2018年版同时废止。"),
        ("r", "霸州市卫生健康局"), ("r", "2020年4月13日")], created="2020-11-18T08:30:00Z")
    L(src, "5.1", "2020-04-13", "document", "卫健局政府信息公开指南（docx）。落款2020年4月13日；施行日4月15日为干扰。内容大谈疫情、医疗（像2.14），体裁是指南→5.1。",
      trap="topic-vs-genre; effective-date-after")

    src = "文广旅局/公共文化设施名录.png"
    o.shot(src, portal(dict(today="2020-11-16", title="霸州市公共文化设施名录及开放时间", crumb=["首页", "政务公开", "公共文化"],
        meta=["发布时间：2020-05-18", "来源：市文化广电和旅游局"],
        paras=['<table><tr><th>名称</th><th>地址</th><th>开放时间</th></tr><tr><td>霸州市图书馆</td><td>迎宾西道</td><td>9:00-17:00</td></tr><tr><td>霸州市文化馆</td><td>益津北路</td><td>8:30-17:30</td></tr><tr><td>胜芳古镇博物馆</td><td>胜芳镇</td><td>9:00-16:30</td></tr></table>',
               "疫情期间实行预约、限流开放（自2020年5月19日起）。"])))
    L(src, "2.12", "2020-05-18", "screenshot", "公共文化：设施名录及开放时间。发布时间2020-05-18；恢复开放日5月19日为干扰。", trap="effective-date-after")

    # ------------------------------------------------ 融媒体中心
    src = "融媒体中心/10月份网站留言办理情况.jpg"
    o.shot(src, portal(dict(today="2020-11-17", title="霸州市人民政府网站2020年10月份网民留言办理情况公开", crumb=["首页", "互动交流", "留言选登"], on="互动交流",
        meta=["发布时间：2020-11-04", "来源：市融媒体中心"],
        paras=["10月份，市政府网站“市长信箱”共收到网民留言132件，按期办结129件，按期办结率97.7%。",
               "留言主要集中在疫情防控、核酸检测、冬季供暖等方面。统计时段：2020年10月1日至10月31日。"]), q=52))
    L(src, "7.1.2", "2020-11-04", "screenshot", "门户网站内容保障：留言办理情况公开。发布时间2020-11-04；统计时段为干扰。主题多为疫情防控（像2.14），体裁是留言办理统计→7.1.2。",
      trap="topic-vs-genre; period-dates")

    src = "融媒体中心/我为政府网站找错.png"
    o.shot(src, portal(dict(today="2020-11-17", title="“我为政府网站找错”网民留言答复", crumb=["首页", "互动交流", "我为政府网站找错"], on="互动交流",
        form=[("留言标题", "信息公开平台部分链接打不开"), ("留言时间", "2020-10-19 21:14"), ("问题描述", "法定主动公开内容栏目下“财政预决算”链接打开为空白页。"),
              ("答复单位", "霸州市融媒体中心"), ("答复时间", "2020-10-21 09:30"), ("答复内容", "您好，经核查已修复该链接，感谢您的监督。")], box=[])))
    L(src, "7.1.3", "2020-10-21", "screenshot", "网民纠错留言办理页。没有发布时间，取答复时间2020-10-21；留言时间10-19为干扰。", trap="reply-time-vs-message-time")

    src = "融媒体中心/网站读网检查记录表.xlsx"
    write_xlsx(o.path(src), "11月", [["霸州市政府网站日常读网检查记录表", "", "", ""], ["检查日期", "检查栏目", "发现问题", "整改情况"],
        [("date", "2020-11-02"), "政务要闻", "无", ""], [("date", "2020-11-05"), "通知公告", "错别字1处", "已改"],
        [("date", "2020-11-09"), "信息公开平台", "链接失效2处", "已改"], [("date", "2020-11-12"), "互动交流", "无", ""],
        ["", "", "", ""], ["检查人：赵某", "", "填表日期：2020年11月13日", ""]], "读网", widths=[14, 16, 16, 12], created="2020-11-18T09:00:00Z", merge=["A1:D1"])
    L(src, "7.1.5", "2020-11-13", "document", "读网检查记录表。填表日期2020年11月13日；检查日期列是Excel序列值。", trap="excel-serials")

    src = "融媒体中心/督办卡整改情况报告.docx"
    write_docx(o.path(src), "", [("t", "关于政府网站督办卡问题整改情况的报告"), ("n", "市政府办公室："),
        ("p", "6月8日，我中心收到廊坊市政府办公室政府网站督办卡（廊政网督〔2020〕11号），反映我市政府网站“互动交流”栏目留言超期未答复问题。"),
        ("p", "收到督办卡后，我中心立即整改，6月12日前已全部答复超期留言，并建立留言办理提醒机制。"),
        ("r", "霸州市融媒体中心"), ("r", "2020年6月16日")], created="2020-11-16T14:00:00Z")
    L(src, "7.1.1", "2020-06-16", "document", "督办卡整改情况报告。落款2020年6月16日；收到督办卡6月8日、整改6月12日为干扰。", trap="event-date-before-publication")

    src = "融媒体中心/政府网站域名清理整改情况.txt"
    write_text(o.path(src), ["关于政府网站域名清理整改情况的报告", "", "市政务公开办：",
        "　　按照《关于加强政府网站域名管理的通知》（国办函〔2018〕55号）要求，我中心对全市政府网站域名进行了全面排查，",
        "发现不规范域名2个（使用非gov.cn域名的部门子站），已于7月31日前完成关停迁移。",
        "", "霸州市融媒体中心", "2020年8月6日"], enc="gb18030", crlf=True)
    L(src, "7.1.4", "2020-08-06", "document", "域名清理整改报告（GB18030+CRLF纯文本）。落款2020年8月6日；国办函2018年、7月31日为干扰。", trap="gb18030-text; docno-year")

    src = "融媒体中心/信息公开平台改版上线公告.png"
    o.shot(src, wide(portal(platform(today="2020-11-17", title="关于霸州市政府信息公开平台改版上线的公告", crumb=["首页", "通知公告"], on="首页",
        meta=["发布时间：2020-09-29", "发布机构：霸州市融媒体中心"],
        paras=["按照省市要求，霸州市政府信息公开平台已完成改版升级，于2020年9月30日正式上线运行。",
               "改版后平台设置政府信息公开指南、制度、法定主动公开内容、年报、依申请公开五个一级栏目。"])), 1920, 860))
    L(src, "7.1.6", "2020-09-29", "screenshot", "信息公开平台改版上线公告（1920宽）。发布时间2020-09-29；上线日9月30日为干扰。", trap="effective-date-after; desktop-1920")

    src = "档案馆/政府信息公开文件移交接收登记表.xlsx"
    write_xlsx(o.path(src), "登记表", [["2020年政府公开信息接收登记表（市档案馆查阅点）", "", "", ""],
        ["移交单位", "文件名称", "份数", "接收日期"],
        ["市财政局", "2019年政府决算公开说明", 3, ("date", "2020-09-28")], ["市财政局", "2020年部门预算公开", 3, ("date", "2020-09-28")],
        ["市民政局", "养老服务扶持政策清单", 2, ("date", "2020-10-09")], ["市教育和体育局", "2020年义务教育招生入学工作方案", 2, ("date", "2020-10-14")],
        ["", "", "", ""], ["经办人：周某", "", "填表日期：2020年10月30日", ""]], "登记", widths=[16, 34, 8, 14], created="2020-11-16T10:30:00Z", merge=["A1:D1"])
    L(src, "5.4", "2020-10-30", "document", "信息公开文件移交档案馆登记表。填表日期2020年10月30日；接收日期列是Excel序列值。所列文件多为财政预决算（像1.7），体裁是移交登记→5.4。",
      trap="topic-vs-genre; excel-serials")

    # ------------------------------------------------ townships: one template, many towns (group town-guide)
    guide_paras = lambda t, office, tel, eff: [
        f"为便于公民、法人和其他组织获取{t}政府信息，根据《中华人民共和国政府信息公开条例》，编制本指南。",
        f"一、主动公开：{t}机构职能、规范性文件、财政预决算、村务公开等信息，在信息公开平台“{t}”栏目公开。",
        f"二、依申请公开：受理机构为{office}，联系电话{tel}，通过信函、当面、网络方式申请。", f"三、本指南自{eff}起施行。"]
    towns = [("胜芳镇", "胜芳镇/政府信息公开指南.png", "2020-03-24", "2020-03-20", "党政办公室", "0316-7612xxx", "2020年3月24日", None),
             ("南孟镇", "南孟镇/信息公开指南截图.png", "2020-04-02", "2020-04-01", "党政综合办", "0316-7791xxx", "2020年4月2日", None),
             ("信安镇", "信安镇/政府信息公开指南.jpg", "2020-03-27", "2020-03-25", "镇政府办公室", "0316-7662xxx", "公布之日", "hostile"),
             ("东杨庄乡", "东杨庄乡/东杨庄乡政府信息公开指南.png", "2020-04-09", "2020-04-07", "乡政府办公室", "0316-7881xxx", "2020年4月9日", None),
             ("辛章办事处", ZIP + "!/截图/政府信息公开指南.png", "2020-04-03", "2020-04-03", "综合办公室", "0316-7223xxx", "2020年4月3日", None)]
    for i, (t, src, pub, made, office, tel, eff, look) in enumerate(towns):
        page = portal(town(t, today=["2020-11-13", "2020-11-16", "2020-11-17", "2020-11-18", "2020-11-12"][i], title=f"霸州市{t}政府信息公开指南",
            crumb=["首页", "政务公开", "政府信息公开指南"],
            index=grid(f"11131081{i:02d}0/2020-000{i + 3}", "综合政务", ("霸州市" + t) if t.endswith("办事处") else f"霸州市{t}人民政府", pub, "无", made),
            paras=guide_paras(t, office, tel, eff),
            side=("通知公告", [(f"{t}2019年政府信息公开工作年度报告", "2020-01-1" + str(5 + i)), (f"{t}秋季防火通告", "2020-10-2" + str(i))])), hd="#1f7a4c")
        if look:
            page = hostile(page, grey="#b8b8b8", noise=.25, q=50)
        o.shot(src, page)
        L(src, "5.1", pub, "screenshot",
          f"{t}政府信息公开指南，与其他乡镇同一网站模板（绿色头）、内容不同。元数据格发布日期{pub}，成文日期{made}；侧栏日期为干扰。" + ("浅灰加噪。" if look else ""),
          group="town-guide", trap="near-identical-township-template; metadata-grid")

    # group town-catalog: 基层政务公开标准目录
    cats = [("堂二里镇", "堂二里镇/基层政务公开标准目录.png", "2020-10-26", 14), ("煎茶铺镇", "煎茶铺镇/基层政务公开目录截图.jpg", "2020-10-23", 12),
            ("岔河集乡", "岔河集乡/基层政务公开标准目录.png", "2020-10-27", 13)]
    for i, (t, src, pub, n) in enumerate(cats):
        rows = "".join(f"<tr><td>{k}</td><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for k, (a, b, c) in enumerate(
            [("财政预决算", "乡镇预算", "批复后20日内"), ("社会救助", "低保对象名单", "每月"), ("村务公开", "村级财务收支", "每季度"),
             ("户籍管理", "户口迁移办事指南", "即时")][i % 2:], 1))
        page = portal(town(t, today=["2020-11-16", "2020-11-12", "2020-11-17"][i], title=f"{t}基层政务公开标准目录",
            crumb=["首页", "政务公开", "目录编制"], meta=[pub, f"来源：{t}党政办", "作者：", "字体：大 中 小"],
            paras=[f"根据《霸州市全面推进基层政务公开标准化规范化工作实施方案》（霸政办〔2020〕3号），{t}编制完成基层政务公开标准目录（{n}个领域）和村务公开事项目录，现予公开。",
                   f'<table><tr><th>序号</th><th>领域</th><th>公开事项</th><th>公开时限</th></tr>{rows}</table>']), hd="#1f7a4c",
            q=50 if src.endswith(".jpg") else 55)
        o.shot(src, page)
        L(src, "3.2", pub, "screenshot", f"{t}基层政务公开标准目录（乡镇网站同一模板）。标题下无标签署名行“{pub} 来源 作者 字体”；文号霸政办〔2020〕3号为干扰。",
          group="town-catalog", trap="near-identical-township-template; byline-without-label")

    # the same flood notice re-shared by two towns (group reshare-flood)
    notice = ["各村（街）、各站所：", "据气象部门预测，7月下旬我市将进入主汛期。为做好2020年防汛工作，确保人民群众生命财产安全，现就有关事项通知如下：",
              "一、落实防汛责任制，7月25日前完成辖区内河道、坑塘隐患排查。", "二、严格执行汛期24小时值班制度。", "霸州市应急管理局　2020年7月20日"]
    for i, (t, src, pub, ext) in enumerate([("王庄子乡", "王庄子乡/转发防汛通知.png", "2020-07-21", None), ("康仙庄乡", "康仙庄乡/防汛工作通知.jpg", "2020-07-22", "j")]):
        page = portal(town(t, today=["2020-11-11", "2020-11-17"][i], title="关于做好2020年主汛期防汛工作的通知（转发）", crumb=["首页", "政务公开", "通知公告"],
            meta=[f"发布时间：{pub}", "来源：霸州市应急管理局", f"转载：{t}党政办"], paras=notice), hd="#1f7a4c", q=54)
        o.shot(src, page)
        L(src, "2.11", pub, "screenshot", f"{t}网站转发的市应急管理局防汛通知（两乡镇转发同一通知）。本页发布时间{pub}；原通知落款7月20日、排查期限7月25日为干扰。",
          group="reshare-flood", trap="same-notice-reshared-by-two-units; inner-signature-date")

    # a re-saved copy within one unit (group resave-chj-training)
    tr = portal(town("岔河集乡", today="2020-11-16", title="岔河集乡开展政务公开业务培训", crumb=["首页", "政务公开", "工作动态"],
        meta=["发布时间：2020-10-30 16:20", "来源：岔河集乡党政办", "浏览次数：87"],
        paras=["10月29日，岔河集乡组织各村（街）村务公开专干和乡直站所信息员30余人开展政务公开业务培训。",
               "培训解读了基层政务公开标准目录和村务公开事项目录的填报要求。"]), hd="#1f7a4c")
    o.shot("岔河集乡/政务公开培训.png", tr)
    o.shot("岔河集乡/政务公开培训(1).jpg", (tr[0], (tr[1][0], tr[1][1], 40)))
    for s, note in [("岔河集乡/政务公开培训.png", "原图"), ("岔河集乡/政务公开培训(1).jpg", "同一截图另存为低质量JPEG")]:
        L(s, "8.4", "2020-10-30", "screenshot", f"乡镇政务公开业务培训新闻（{note}）。发布时间2020-10-30；培训日10月29日为干扰。",
          group="resave-chj-training", trap="resaved-copy-same-unit; event-date-before-publication")

    # ------------------------------------------------ more towns
    src = "霸州镇/微信图片_20200716.jpg"
    o.shot(src, hostile(phone("wechat", title="霸州镇2020年小学一年级新生入学报名须知", account="霸州镇发布", byline="7月14日",
        pic="入学报名", c1="#ffd28a", c2="#c2452d", paras=["根据市教育和体育局招生方案，2020年我镇小学一年级新生报名时间为7月20日至7月26日。",
                                                       "报名需携带户口簿、房产证明等材料。", "咨询电话：0316-72xxxxx。"], clock="10:26"), grey="#bbbbbb", noise=.1))
    L(src, "2.5", "2020-07-14", "screenshot", "教育：乡镇公众号入学报名须知（414宽）。署名只有“7月14日”（当年省略年份，取2020-07-14）；文件名微信图片_20200716是保存日期；报名期为干扰。",
      trap="date-without-year; filename-date-is-save-time")

    src = "裕华办事处/2019年政府信息公开工作年度报告.png"
    o.shot(src, hostile(portal(platform(today="2020-11-18", title="霸州市裕华街道办事处2019年政府信息公开工作年度报告", on="政府信息公开年报",
        crumb=["首页", "政府信息公开年报"], index=grid("111310810305/2020-00002", "综合政务", "裕华街道办事处", "2020-01-2l", "无", "2020-01-20"),
        paras=["本年度报告根据《中华人民共和国政府信息公开条例》要求编制。", "一、总体情况：2019年主动公开信息128条，其中低保、特困供养等社会救助信息46条。",
               "二、收到和处理政府信息公开申请情况：收到申请2件，均按期答复。"])), grey="#b3b3b3", noise=.28))
    L(src, "5.3", "2020-01-21", "screenshot", "街道办年度报告（平台页），元数据格发布日期印作“2020-01-2l”（l代替1，仿OCR/录入噪声），成文2020-01-20；浅灰加噪。",
      trap="ocr-lookalike-digit; metadata-grid-published-vs-written; noise")

    # ------------------------------------------------ the zip of 辛章办事处 (besides its guide above)
    write_docx(o.path(ZIP + "!/2019年政府信息公开工作年度报告.docx"), "", [("t", "辛章办事处2019年政府信息公开工作年度报告"),
        ("p", "本报告依据《中华人民共和国政府信息公开条例》编制，报告期2019年1月1日至12月31日。"),
        ("p", "一、主动公开政府信息96条；二、未收到政府信息公开申请；三、无因政府信息公开引起的行政复议、行政诉讼。"),
        ("r", "霸州市辛章办事处"), ("r", "2020年1月17日")], created="2020-11-18T16:00:00Z")
    L(ZIP + "!/2019年政府信息公开工作年度报告.docx", "5.3", "2020-01-17", "document", "压缩包内：办事处2019年年度报告（docx）。落款2020年1月17日；报告期为干扰。", trap="zip-member; report-period-dates")
    write_xlsx(o.path(ZIP + "!/目录编制/辛章办事处基层政务公开标准目录.xlsx"), "目录", [["辛章办事处基层政务公开标准目录", "", "", ""],
        ["领域", "公开事项", "公开主体", "公开时限"], ["社会救助", "低保、特困人员名单", "办事处民政所", "每月"], ["村务公开", "村级财务收支", "各村委会", "每季度"],
        ["", "", "", ""], ["编制：辛章办事处综合办", "", "编制日期：2020-10-24", ""]], "目录", widths=[14, 22, 16, 12], created="2020-11-18T16:05:00Z", merge=["A1:D1"])
    L(ZIP + "!/目录编制/辛章办事处基层政务公开标准目录.xlsx", "3.2", "2020-10-24", "document", "压缩包内嵌套文件夹：基层政务公开标准目录（xlsx）。编制日期2020-10-24（文本单元格）。", trap="zip-member")
    write_xlsx(o.path(ZIP + "!/依申请公开登记台账.xlsx"), "台账", [["2020年政府信息公开申请登记台账", "", "", "", ""],
        ["序号", "收到申请日期", "申请内容", "答复日期", "答复类型"], [1, ("date", "2020-05-11"), "辖区征地补偿标准", ("date", "2020-05-29"), "予以公开"],
        [2, ("date", "2020-09-02"), "某村低保名单", ("date", "2020-09-24"), "部分公开"], ["", "", "", "", ""],
        ["填报人：孟某", "", "填报日期：2020年11月10日", "", ""]], "台账", widths=[6, 14, 24, 14, 12], created="2020-11-18T16:10:00Z", merge=["A1:E1"])
    L(ZIP + "!/依申请公开登记台账.xlsx", "6.2", "2020-11-10", "document", "压缩包内：依申请公开登记台账（答复情况）。填报日期2020年11月10日；收到/答复日期列为Excel序列值。",
      trap="zip-member; excel-serials")

    # ------------------------------------------------ a few more documents
    src = "市政务公开办/扫描件_关于调整政务公开工作领导小组成员的通知.pdf"
    colour_scanpdf(o, src, sealed_doc(dict(red="霸州市人民政府办公室文件", no="霸政办字〔2020〕26号", title="霸州市人民政府办公室关于调整霸州市政务公开工作领导小组成员的通知",
        to="各乡镇（区、办）人民政府，市政府各部门：",
        paras=["因人事变动，经市政府同意，现将霸州市政务公开工作领导小组成员调整如下：", "组　长：市长", "副组长：常务副市长（分管政务公开工作）",
               "成　员：市政府办公室、市司法局、市财政局、市融媒体中心主要负责同志。", "领导小组办公室设在市政府办公室，负责日常工作。"],
        sign=["霸州市人民政府办公室", cn_upper("2020-05-26")], yinfa=("霸州市人民政府办公室", "2020年5月27日印发")),
        "霸州市人民政府办公室", seal_pos=(310, -60)), collected="20201123160508")
    L(src, "8.1", "2020-05-26", "document", "组织领导：调整政务公开领导小组的通知，彩色扫描（无文字层），红章盖住落款“二〇二〇年五月二十六日”；印发行5月27日晚于落款；PDF创建日期2020-11-23在报送期内。",
      trap="seal-over-chinese-numeral-date; yinfa-line-later; scan-creationdate-in-submission-window")

    src = "市政务公开办/政务公开经费纳入预算的请示.docx"
    write_docx(o.path(src), "", [("t", "关于将2021年政务公开工作经费纳入财政预算的请示"), ("n", "市财政局："),
        ("p", "根据考核要求，政务公开日常工作、政府网站内容保障、运行维护等经费应纳入年度财政预算。经测算，2021年需经费48万元，其中网站运维30万元、培训5万元。"),
        ("p", "妥否，请批示。"), ("r", "霸州市政务公开办公室"), ("r", "2020年10月15日")], created="2020-11-17T11:11:00Z")
    L(src, "8.3", "2020-10-15", "document", "经费保障：政务公开经费纳入预算的请示。落款2020年10月15日；“2021年”预算年度为干扰。主题财政预算（像1.7），体裁请示→8.3。",
      trap="topic-vs-genre; future-year")

    src = "市城市管理综合行政执法局/行政处罚决定公开.png"
    o.shot(src, zoomed(phone("wechat", title="霸州城管：10月份行政处罚案件信息公开", account="霸州城管", byline="2020-11-03　霸州城管",
        paras=["根据行政执法公示制度，现将10月份作出的行政处罚决定公开如下：", "1.某商贸公司占道经营，2020年10月12日决定罚款500元。",
               "2.某建筑公司未采取扬尘防治措施，2020年10月26日决定罚款2万元。"]), 720))
    L(src, "1.6", "2020-11-03", "screenshot", "执法公开：城管公众号行政处罚公开（720宽）。文章日期2020-11-03；处罚决定日期为干扰；涉及扬尘（像2.1），体裁执法公示→1.6。",
      trap="topic-vs-genre; phone-720")

    src = "市医疗保障局/打击欺诈骗保专项治理.jpg"
    o.shot(src, portal(platform(today="2020-11-10", title="霸州市2020年打击欺诈骗取医疗保障基金专项治理公告", crumb=["首页", "法定主动公开内容", "医疗卫生", "医保监管"],
        index=grid("000014370/2020-00066", "卫生、体育", "霸州市医疗保障局", "2020-04-27", "霸医保〔2020〕8号", "2020-04-24"),
        paras=["为维护医保基金安全，自2020年5月至12月在全市开展打击欺诈骗保专项治理。", "举报电话：0316-78xxxxx。查实的按规定给予奖励。"]), q=55))
    L(src, "2.14", "2020-04-27", "screenshot", "医疗卫生（医保监管）：专项治理公告（平台页）。发布日期2020-04-27，成文2020-04-24；治理期为干扰。", trap="metadata-grid-published-vs-written; period-dates")

    src = "市退役军人事务局/微博截图.png"
    o.shot(src, phone("weibo", posts=[dict(name="霸州退役军人", av="退役", time="9月25日 15:18 来自 微博 weibo.com",
        text="【退役军人专场招聘会】9月27日上午，我市将在人力资源市场举办退役军人专场招聘会，提供岗位600余个。", rt=31, cm=6, lk=77)]))
    L(src, "2.6", "2020-09-25", "screenshot", "就业：退役军人专场招聘会微博（414宽）。博文时间“9月25日 15:18”无年份（取2020年）；活动日9月27日在后。", trap="date-without-year; future-event-date")


README_HEAD = """# Hold-out inbox 5

A fresh, independent, labelled evidence inbox for **measuring** dossier's publication-date finder
(issue 18) and file→indicator classifier (issue 19) **once**, after they are frozen. It was composed
from the seed notice (`shared/seed/000_191db2bad84ccdda.txt`: the 2020-11-03 notice of
霸州市人民政府办公室 and the 《廊坊市2020年政务公开工作考核指标任务分解表》) and general knowledge of
county portals, 信息公开 platforms, WeChat/Weibo and official documents **only**.

**Independence.** While composing it, none of `analysis/`, `pipeline/`, `extractors/`, `cli/`,
`server/`, `packager/`, `model/`, `intake/`, `manifests/`, `samples/`, `docs/`, `bench/` or the other
hold-outs' spec.py, labels or inboxes was opened (of `tests/` only `tests/holdout/README.md` and
`tests/holdout4/README.md`, for the conventions); no git log or diff of them was read; dossier was
not run on this inbox. Only the shared plumbing `scripts/evidence/` and `scripts/make-holdout` were
read and used. Do not tune anything on it; run it once with the finder and classifier frozen.

Regenerate with `scripts/make-holdout 5 [--out DIR]` (python3 stdlib, chromium, fonts-wqy-microhei,
pdftotext for validation). Screenshots and PDFs are not byte-reproducible across Chromium versions;
the committed files are the reference.

## Layout

- `inbox/<unit>/...` — the first folder level is the unit that filed the file, in the mixed forms
  clerks use (`霸州市人民政府办公室`, `市政务公开办` and `政务公开办公室`, `财政局`, `教体局`, `住建局`,
  `生态环境分局`, `市扶贫办`, towns `胜芳镇`, `南孟镇`, `信安镇`, `东杨庄乡`, `堂二里镇`, `煎茶铺镇`,
  `岔河集乡`, `王庄子乡`, `康仙庄乡`, `霸州镇`, `辛章办事处`, `裕华办事处`, `霸州经济开发区管委会`, ...).
- `inbox/辛章办事处/辛章办事处2020年政务公开考核材料.zip` — UTF-8 member names, a nested folder;
  members are labelled `unit/x.zip!/member`, the zip itself is not labelled.
- `labels.json` — `{"as_of": "2020-11-20", "files": [{"source", "indicator", "published", "kind", "note"[, "group"][, "trap"]}]}`.

## Label conventions

Identical to `tests/holdout/README.md`: positional leaf ids of the seed table; one indicator per
file = what the file is evidence for, whatever folder it was filed in; `published` = a web page's
发布时间/发布日期 (the 发布日期 of a metadata grid, not its 成文日期; lacking a label, the unlabelled
byline under the title; lacking any, 更新时间 / 答复时间; lacking all, the date in the page's own CMS
URL), a post's own date (a date printed without its year is in 2020), a document's 落款/成文日期
(not the 印发 line, 文号 years or metadata), a ledger's 填表/填报/编制 date, a gazette's 出版 date,
`null` for pages without a single date of their own; `kind` = `screenshot` for images of web/app
pages and saved HTML, `document` for PDF (also a printed web page), OOXML, text and photos/scans of
paper. Notes say in Chinese what the file is, which date rule applied and which traps it carries;
wrong-unit files start with `错放单位：`.

Two optional fields (new here):
- `group` — items that are near-identical copies of each other: `town-guide` (five towns' 信息公开指南
  pages on one site template, different content and dates, one inside the zip), `town-catalog`
  (three towns' 基层目录 pages on the same template), `reshare-flood` (one 应急管理局 notice re-shared by
  two towns, each page with its own 发布时间), `resave-chj-training` (one screenshot and its re-saved
  low-quality JPEG in the same unit: the only true duplicate pair). Different units' members of a
  group are separate evidence.
- `trap` — the traps the item carries, `;`-separated (names below).

## Traps built in

- **Dates**: unlabelled bylines (`2020年8月26日 来源：… 作者： 字体：大 中 小`, `2020-10-22 来源 作者 阅读次数`);
  信息公开 platform metadata grids whose 成文日期 differs from 发布日期; a grid date with a look-alike
  letter (`2020-01-2l`); pages whose only date is the CMS URL in the address bar; an address bar with
  `/art/2020/9/14/`; a browser-printed page with print header time and URL footer; colour scans of
  red-header documents with the red seal over a Chinese-numeral signature date and a PDF CreationDate
  inside the submission window (11-23…11-25); 印发 lines later than the 落款; a 政府公报 issue
  containing dated documents; a 答复书 quoting the application date; a 复议决定书 quoting earlier
  dates; file-name dates (`IMG_2020…` photo time, `微信图片_…` and `Screenshot_…` save time); dates
  without a year (`7月14日`, `9月25日 15:18`); unpadded `2020-8-12`; bracketed `[2020-08-20]`;
  `今天是` bars, taskbar clocks, side lists, periods, deadlines, effective dates, event dates before
  publication, Excel serials, OOXML/PDF metadata from collection time.
- **Genre vs topic** (the document's kind decides): 政协提案答复 on river pollution → 1.5, 人大建议答复 on
  老旧小区 → 1.5, 低保 公示 → 2.6 (filed by 扶贫办), annual report full of 环保 → 5.3, 解读 of the
  招生方案 → 4.1, 卫健 公开指南 → 5.1, 教体 公开指南 → 5.1, 答复书 on 征地 → 6.2, 留言办理 on 疫情 →
  7.1.2, 移交登记 of 财政 files → 5.4, 经费请示 → 8.3, 城管 处罚公开 on 扬尘 → 1.6, 政府公报 → 7.3,
  26-领域 目录 → 3.1, 重大项目批准结果 on a 污水处理厂 → 2.10.
- **Near-identical pages** (`group`), one wrong-unit file, undated column/account pages.
- **OCR-hostile rendering**: light grey meta text, 11–12 px fonts, SVG grain noise, JPEG quality 40–62.
- **Forms**: desktop 1366 and 1920 wide (PNG/JPEG, two in a browser frame with taskbar), phones 414,
  720, 828, 1080 wide, photos 1200 wide, text PDFs (Chromium print), image-only colour scans, docx,
  xlsx (Excel serials), saved HTML (UTF-8 with `saved from url`, GBK `.htm`), GB18030+CRLF text, zip.

"""


def readme_tail(labels, c, size):
    from evidence.labels import file_rows
    forms = ", ".join(f"{k} {v}" for k, v in c["forms"].items())
    groups = {}
    for l in labels:
        if "group" in l:
            groups[l["group"]] = groups.get(l["group"], 0) + 1
    g = ", ".join(f"{k} {v}" for k, v in sorted(groups.items()))
    return (f"## Files\n\n| source | indicator | published | kind |\n|---|---|---|---|\n{file_rows(labels)}\n"
            f"{c['files']} labelled files ({c['zip_members']} inside the zip; {c['screenshot']} screenshot, {c['document']} document; "
            f"{c['null_dates']} undated), {c['indicators']} indicators over {c['level1']} level-1 indicators, {c['wrong_unit']} wrong-unit file(s); "
            f"groups: {g}; forms: {forms}; {size / 1024 / 1024:.2f} MB in `inbox/`.\n")
