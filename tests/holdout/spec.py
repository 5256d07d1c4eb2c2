"""Hold-out 1 (tests/holdout/): its page templates, items and README head -- data for
scripts/make-holdout 1, which renders each item with the shared plumbing in scripts/evidence/.

Every item: source (inbox-relative, "a.zip!/member" inside a zip), indicator, published, kind,
note, make=(kind, spec) -- see evidence.build.render_item for the kinds."""
import functools

from evidence import templates
from evidence.dates import today_bar, when
from evidence.templates import FONT, esc

html_doc = functools.partial(templates.html_doc, nl="\n")


PORTAL_CSS = """
*{margin:0;padding:0;box-sizing:border-box}
body{font-family:%(font)s;background:#eef2f7;color:#222;font-size:15px;width:%(w)spx;overflow:hidden}
.top{background:#f5f5f5;border-bottom:1px solid #ddd;height:30px;line-height:30px;font-size:13px;color:#555;padding:0 40px}
.top span.r{float:right}
.head{height:96px;background:linear-gradient(90deg,#0b4ea2,#2f7fd6 60%%,#0b4ea2);color:#fff;padding:18px 40px}
.head .n{font-size:36px;font-weight:bold;letter-spacing:4px}
.head .u{font-size:13px;opacity:.85;margin-left:6px}
.head .s{float:right;background:#fff;color:#999;width:260px;height:32px;line-height:32px;padding-left:10px;margin-top:12px;font-size:13px}
.nav{background:#084190;height:42px;line-height:42px;padding:0 40px}
.nav a{color:#fff;font-size:16px;margin-right:46px;text-decoration:none}
.wrap{width:1180px;margin:14px auto 0}
.crumb{font-size:13px;color:#666;margin-bottom:10px}
.main{float:left;width:860px;background:#fff;padding:24px 34px;min-height:640px}
.side{float:right;width:306px;background:#fff;padding:14px 16px;min-height:640px}
.side h3{font-size:16px;color:#0b4ea2;border-bottom:2px solid #0b4ea2;padding-bottom:6px;margin-bottom:8px}
.side li{list-style:none;font-size:13px;line-height:26px;border-bottom:1px dashed #ddd;display:flex}
.side li span{flex:1;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.side li i{flex:none;font-style:normal;color:#999;margin-left:6px}
h1{font-size:24px;text-align:center;color:#0b3b7a;line-height:36px;margin:4px 0 10px}
.meta{text-align:center;font-size:13px;color:#777;border-bottom:1px solid #e3e3e3;padding-bottom:10px;margin-bottom:16px}
.meta b{font-weight:normal;margin:0 10px}
.body p{text-indent:2em;line-height:29px;margin-bottom:6px;font-size:16px}
.body p.c{text-indent:0;text-align:center}
.body p.r{text-indent:0;text-align:right}
.body table{border-collapse:collapse;width:100%%;font-size:13px;margin:8px 0}
.body td,.body th{border:1px solid #bbb;padding:4px 6px;text-align:center}
.body th{background:#eef3fa}
.list li{list-style:none;line-height:40px;border-bottom:1px dashed #ddd;font-size:15px;display:flex}
.list li:before{content:'·';color:#0b4ea2;margin-right:8px;font-weight:bold}
.list li span{flex:1;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.list li i{flex:none;font-style:normal;color:#888;margin-left:12px}
.pager{text-align:center;margin-top:18px;font-size:13px;color:#555}
.pager span{border:1px solid #ccc;padding:3px 8px;margin:0 2px}
.box{border:1px solid #d7e2f0;background:#f7faff;padding:12px 16px;margin:10px 0;line-height:28px;font-size:15px}
.tabs span{display:inline-block;background:#0b4ea2;color:#fff;padding:6px 16px;margin-right:6px;font-size:14px}
.tabs span.o{background:#dbe6f5;color:#0b4ea2}
"""


FRAME_CSS = """
.win{position:absolute;left:0;top:0;width:%(w)spx;height:%(h)spx;overflow:hidden;background:#fff}
.chrome{height:74px;background:#dee1e6;border-bottom:1px solid #bbb;font-size:13px;font-family:%(font)s}
.tab{display:inline-block;margin:8px 0 0 10px;background:#fff;width:250px;height:30px;line-height:30px;padding:0 12px;border-radius:8px 8px 0 0;overflow:hidden;white-space:nowrap}
.addr{margin:4px 10px;background:#fff;height:28px;line-height:28px;border-radius:14px;padding:0 16px;color:#333}
.view{position:absolute;top:74px;left:0;right:0;bottom:40px;overflow:hidden}
.task{position:absolute;left:0;right:0;bottom:0;height:40px;background:#1f2a38;color:#fff;font-family:%(font)s}
.task .start{float:left;width:48px;height:40px;background:#2d7dd2}
.task .app{float:left;width:44px;height:30px;margin:5px 4px;background:#3b4a5e;border-bottom:2px solid #7fb3ff}
.task .clock{float:right;text-align:center;font-size:12px;line-height:17px;padding:3px 14px}
"""


def site_head(today, site, url, nav=None):
    nav = nav or ["首页", "政务公开", "政务服务", "互动交流", "走进霸州", "专题专栏"]
    return f"""<div class="top">{esc(today_bar(today))}<span class="r">设为首页 | 加入收藏 | 无障碍浏览 | 长者模式 | 简体 繁體</span></div>
<div class="head"><span class="n">{esc(site)}</span><span class="u">{esc(url)}</span><span class="s">请输入关键字</span></div>
<div class="nav">{''.join(f'<a>{esc(n)}</a>' for n in nav)}</div>"""


def portal(p):
    """A county portal page, 1366 wide. p: dict with title, date, source, body, crumbs, side,
    today, optionally listing (column index page), frame (desktop clock), site, url."""
    w = 1366
    site = p.get("site", "霸州市人民政府")
    url = p.get("url", "www.bazhou.gov.cn")
    crumbs = " &gt; ".join(esc(c) for c in ["首页"] + p["crumbs"])
    if p.get("listing") is not None:
        items = "".join(f"<li><span>{esc(t)}</span><i>{esc(x)}</i></li>" for t, x in p["listing"])
        tabs = ""
        if p.get("tabs"):
            tabs = '<div class="tabs">' + "".join(
                f'<span class="{"" if i == 0 else "o"}">{esc(t)}</span>' for i, t in enumerate(p["tabs"])) + "</div>"
        intro = "".join(f'<div class="box">{x}</div>' for x in p.get("boxes", []))
        main = f"""{tabs}<h1 style="text-align:left;font-size:20px;border-bottom:2px solid #0b4ea2;margin-top:10px">{esc(p['title'])}</h1>{intro}
<ul class="list">{items}</ul>
<div class="pager">{esc(p.get('pager', ''))}</div>"""
    else:
        meta = []
        if p.get("date"):
            meta.append(f"发布时间：{esc(p['date'])}")
        if p.get("source"):
            meta.append(f"来源：{esc(p['source'])}")
        meta.append(f"浏览次数：{p.get('views', 268)}")
        meta.append("【字体：大 中 小】")
        body = "".join(x if x.startswith("<") else f"<p>{esc(x)}</p>" for x in p["body"])
        sub = f'<div style="text-align:center;color:#555;font-size:14px;margin-top:-4px;margin-bottom:8px">{esc(p["subtitle"])}</div>' if p.get("subtitle") else ""
        main = f"""<h1>{esc(p['title'])}</h1>{sub}<div class="meta">{''.join(f'<b>{m}</b>' for m in meta)}</div>
<div class="body">{body}</div>"""
    side = ""
    if p.get("side"):
        side_title = p.get("side_title", "相关链接")
        side = f"""<div class="side"><h3>{esc(side_title)}</h3><ul>{''.join(f'<li><span>{esc(t)}</span><i>{esc(x)}</i></li>' for t, x in p['side'])}</ul>
<h3 style="margin-top:18px">{esc(p.get('side2_title', '热点专题'))}</h3><ul>{''.join(f'<li>{esc(t)}</li>' for t in p.get('side2', ['决战决胜脱贫攻坚', '优化营商环境', '疫情防控专栏', '我为政府网站找错']))}</ul></div>"""
    page = f"""{site_head(p['today'], site, url, p.get('nav'))}
<div class="wrap"><div class="crumb">当前位置：{crumbs}</div><div class="main">{main}</div>{side}</div>"""
    title = p["title"] + " - " + site
    if p.get("frame"):
        h = 768
        clock_t, clock_d = p["frame"]
        css = PORTAL_CSS % {"font": FONT, "w": w} + FRAME_CSS % {"font": FONT, "w": w, "h": h}
        page = f"""<div class="win"><div class="chrome"><div class="tab">{esc(title)}</div>
<div class="addr">http://{esc(url)}/{esc(p.get('path', 'zwgk/2020/content.html'))}</div></div>
<div class="view">{page}</div>
<div class="task"><div class="start"></div><div class="app"></div><div class="app"></div><div class="app"></div><div class="app"></div>
<div class="clock">{esc(clock_t)}<br>{esc(clock_d)}</div></div></div>"""
        return html_doc(title, css, page), (w, h)
    return html_doc(title, PORTAL_CSS % {"font": FONT, "w": w}, page), (w, 900)


PHONE_CSS = """
*{margin:0;padding:0;box-sizing:border-box}
body{font-family:%(font)s;background:#fff;color:#222;width:414px;overflow:hidden}
.sb{height:26px;line-height:26px;font-size:13px;padding:0 14px;background:%(bar)s;color:%(barfg)s}
.sb .r{float:right}
.tb{height:44px;line-height:44px;text-align:center;font-size:16px;background:%(bar)s;color:%(barfg)s;border-bottom:1px solid #e5e5e5;position:relative}
.tb .l{position:absolute;left:12px}.tb .rr{position:absolute;right:14px}
.art{padding:18px 16px}
.art h2{font-size:22px;line-height:31px;margin-bottom:12px}
.art .m{font-size:14px;color:#8c8c8c;margin-bottom:18px}
.art .m a{color:#576b95;margin:0 6px}
.art p{font-size:16px;line-height:28px;margin-bottom:14px;text-align:justify;color:#333}
.img{background:linear-gradient(135deg,#9ec3ea,#5d8fc9);height:170px;margin:6px 0 14px;color:#fff;font-size:20px;text-align:center;padding-top:62px}
.rd{font-size:13px;color:#999;margin-top:10px}
.wb{padding:12px 14px;border-bottom:8px solid #f2f2f2}
.wb .h{overflow:hidden;margin-bottom:8px}
.wb .av{float:left;width:42px;height:42px;border-radius:21px;background:#2f7fd6;color:#fff;text-align:center;line-height:42px;font-size:14px;margin-right:10px}
.wb .nm{font-size:15px;color:#eb7350;font-weight:bold;line-height:22px}
.wb .tm{font-size:12px;color:#999;line-height:20px}
.wb .tx{font-size:15px;line-height:24px;color:#333}
.wb .tx a{color:#eb7350}
.wb .ft{font-size:12px;color:#999;margin-top:8px;text-align:center}
.wb .ft span{display:inline-block;width:30%%}
.pf{background:linear-gradient(#e8a04c,#f3c37f);height:150px;padding:40px 16px 0;color:#fff}
.pf .av{float:left;width:68px;height:68px;border-radius:34px;background:#fff;color:#d2232a;text-align:center;line-height:68px;font-weight:bold;margin-right:12px}
.pf b{font-size:20px}.pf div{font-size:13px;margin-top:4px}
.wx{padding:20px 16px;text-align:center;border-bottom:8px solid #f2f2f2}
.wx .av{width:64px;height:64px;border-radius:6px;background:#d2232a;color:#fff;font-weight:bold;font-size:18px;line-height:64px;margin:0 auto 10px}
.wx .n{font-size:20px;font-weight:bold}
.wx .ds{font-size:14px;color:#888;line-height:22px;margin-top:8px;text-align:left}
.wx .btn{display:inline-block;margin-top:14px;background:#07c160;color:#fff;padding:8px 40px;border-radius:4px;font-size:15px}
.msg{padding:12px 16px;border-bottom:1px solid #eee}
.msg .d{font-size:12px;color:#999;text-align:center;margin-bottom:8px}
.msg .t{font-size:16px;line-height:24px}
.msg .s{font-size:13px;color:#999;margin-top:4px}
"""


def phone_css(bar="#ededed", barfg="#111"):
    return PHONE_CSS % {"font": FONT, "bar": bar, "barfg": barfg}


def wechat_article(p):
    body = "".join(x if x.startswith("<") else f"<p>{esc(x)}</p>" for x in p["body"])
    page = f"""<div class="sb">{esc(p.get('clock', '10:23'))} <span class="r">中国移动 4G ▮▮▮ 86%</span></div>
<div class="tb"><span class="l">✕</span>{esc(p.get('bartitle', ''))}<span class="rr">···</span></div>
<div class="art"><h2>{esc(p['title'])}</h2>
<div class="m">{esc(p.get('tag', '原创'))} <a>{esc(p['account'])}</a> {esc(p['date'])}</div>
{body}<div class="rd">阅读 {p.get('reads', 1024)}　　在看 {p.get('likes', 12)}</div></div>"""
    return html_doc(p["title"], phone_css(), page), (414, p.get("h", 896))


def weibo_page(p):
    cards = []
    for c in p["posts"]:
        cards.append(f"""<div class="wb"><div class="h"><div class="av">{esc(p['avatar'])}</div>
<div class="nm">{esc(p['account'])} <span style="color:#f5a623;font-size:12px">V</span></div>
<div class="tm">{esc(c['time'])} 来自 {esc(c.get('via', '微博 weibo.com'))}</div></div>
<div class="tx">{c['html']}</div>
<div class="ft"><span>转发 {c.get('rt', 3)}</span><span>评论 {c.get('cm', 1)}</span><span>赞 {c.get('lk', 9)}</span></div></div>""")
    head = ""
    if p.get("profile"):
        head = f"""<div class="pf"><div class="av">{esc(p['avatar'])}</div><b>{esc(p['account'])}</b>
<div>{esc(p['profile'])}</div><div>关注 216　粉丝 3.6万　转评赞 5.2万</div></div>"""
    page = f"""<div class="sb">{esc(p.get('clock', '9:41'))} <span class="r">中国联通 4G ▮▮▮ 72%</span></div>
<div class="tb"><span class="l">＜</span>{esc(p.get('bartitle', '微博正文'))}<span class="rr">···</span></div>{head}{''.join(cards)}"""
    return html_doc(p["account"], phone_css(), page), (414, p.get("h", 896))


def wechat_profile(p):
    msgs = "".join(f"""<div class="msg"><div class="d">{esc(x)}</div><div class="t">{esc(t)}</div>
<div class="s">阅读 {r}</div></div>""" for x, t, r in p["msgs"])
    page = f"""<div class="sb">{esc(p.get('clock', '16:05'))} <span class="r">中国移动 4G ▮▮▮ 54%</span></div>
<div class="tb"><span class="l">＜</span><span class="rr">···</span></div>
<div class="wx"><div class="av">{esc(p['avatar'])}</div><div class="n">{esc(p['account'])}</div>
<div class="ds">{p['desc']}</div><div class="btn">发消息</div></div>{msgs}"""
    return html_doc(p["account"], phone_css(), page), (414, 896)


DOC_CSS = """
@page{size:A4;margin:0}
*{margin:0;padding:0;box-sizing:border-box}
html{%(zoom)s}
body{font-family:%(font)s;color:#111;background:%(bg)s}
.pg{width:794px;min-height:1123px;padding:80px 90px 60px;position:relative;background:#fff;%(pgextra)s}
.rh{color:#d0111b;font-size:40px;text-align:center;letter-spacing:6px;font-weight:bold;margin-top:10px}
.no{text-align:center;font-size:16px;margin:22px 0 6px}
.rl{border-top:2px solid #d0111b;margin-bottom:28px}
h1{font-size:24px;text-align:center;line-height:38px;margin:10px 0 24px;font-weight:bold}
p{font-size:17px;line-height:31px;text-indent:2em;text-align:justify}
p.n{text-indent:0}
p.r{text-align:right;text-indent:0;padding-right:40px}
p.c{text-align:center;text-indent:0}
p.h{font-weight:bold}
table{border-collapse:collapse;width:100%%;margin:10px 0;font-size:14px}
td,th{border:1px solid #333;padding:5px 6px;text-align:center;line-height:20px}
.seal{position:absolute;width:150px;height:150px;border:4px solid rgba(220,20,30,.75);border-radius:50%%;color:rgba(220,20,30,.75);text-align:center;font-size:15px;padding-top:36px;line-height:22px}
.seal b{font-size:34px;display:block;line-height:40px}
.yf{border-top:1px solid #111;border-bottom:1px solid #111;font-size:15px;line-height:30px;margin-top:40px;overflow:hidden}
.yf span{float:right}
.ft{position:absolute;bottom:30px;left:0;right:0;text-align:center;font-size:14px}
"""


def doc_html(p, mode="print"):
    """An official document (A4). mode: print (text PDF), scan (image for an image-only PDF),
    photo (phone photo of paper)."""
    parts = templates.red_head(p.get("redhead"), p.get("docno"), p["title"], "rh")
    for x in p["body"]:
        if isinstance(x, tuple):
            cls, txt = x
            if cls == "table":
                rows = "".join("<tr>" + "".join(f"<td>{esc(str(c))}</td>" for c in r) + "</tr>" for r in txt)
                parts.append(f"<table>{rows}</table>")
            else:
                parts.append(f'<p class="{cls}">{esc(txt)}</p>')
        else:
            parts.append(f"<p>{esc(x)}</p>")
    if p.get("sign"):
        parts.append('<p class="n">&nbsp;</p>')
        for s in p["sign"]:
            parts.append(f'<p class="r">{esc(s)}</p>')
    if p.get("seal") and mode != "print":
        parts.append(f'<div class="seal" style="{p.get("sealpos", "right:110px;bottom:330px")}"><b>★</b>{esc(p["seal"])}</div>')
    if p.get("after"):
        for s in p["after"]:
            parts.append(f'<p class="n">{esc(s)}</p>')
    if p.get("yf"):
        a, b = p["yf"]
        parts.append(f'<div class="yf">{esc(a)}<span>{esc(b)}</span></div>')
    if p.get("footer"):
        parts.append(f'<div class="ft">{esc(p["footer"])}</div>')
    body = f'<div class="pg">{"".join(parts)}</div>'
    if mode == "print":
        css = DOC_CSS % {"font": FONT, "zoom": "", "bg": "#fff", "pgextra": ""}
        return html_doc(p["title"], css, body), None
    if mode == "scan":
        css = DOC_CSS % {"font": FONT, "zoom": "zoom:1.5", "bg": "#f3f1ea",
                         "pgextra": "background:#f7f5ee;transform:rotate(0.5deg);filter:grayscale(.6) contrast(1.1) blur(.25px)"}
        return html_doc(p["title"], css, body), (1191, 1684)
    # photo: the sheet lies on a desk, a little rotated and shaded
    css = DOC_CSS % {"font": FONT, "zoom": "", "bg": "#5b4635",
                     "pgextra": "margin:40px 0 0 150px;transform:rotate(-2.2deg);box-shadow:12px 14px 30px rgba(0,0,0,.6);filter:brightness(.93) sepia(.12)"}
    return html_doc(p["title"], css, body + '<div style="position:absolute;left:0;top:0;width:1100px;height:1300px;background:radial-gradient(ellipse at 30% 20%,rgba(255,255,255,.18),rgba(0,0,0,.25))"></div>'), (1100, 1300)


SIDE_GOV = [("霸州市人民政府办公室关于印发《霸州市2020年政务公开工作要点》的通知", "2020-05-08"),
            ("霸州市全面推进基层政务公开标准化规范化工作实施方案", "2020-03-27"),
            ("关于做好2020年重大政策宣传解读工作的通知", "2020-04-14"),
            ("关于进一步规范政务新媒体健康有序发展的通知", "2020-10-22"),
            ("霸州市2019年国民经济和社会发展统计公报", "2020-04-30"),
            ("霸州市人民政府2020年第三季度重点工作安排", "2020-07-06")]


def build_items():
    """Every item: src (inbox-relative), ind, pub, kind, note, make=(kind, spec)."""
    I = []

    def add(src, ind, pub, kind, note, make):
        I.append({"source": src, "indicator": ind, "published": pub, "kind": kind, "note": note, "make": make})

    # ---------------- 霸州市人民政府办公室 ----------------
    add("霸州市人民政府办公室/决策公开截图.png", "1.1", "2020-09-08", "screenshot",
        "重大决策预公开：停车管理办法征求意见公告；发布时间2020-09-08。干扰：今天是2020年11月18日、征求意见截止10月8日、相关链接日期",
        ("portal", dict(today="2020-11-18", crumbs=["政务公开", "决策公开", "重大决策预公开"],
                        title="关于《霸州市城区机动车停车管理办法（征求意见稿）》公开征求意见的公告",
                        date="2020-09-08 09:30", source="霸州市人民政府办公室", views=1325,
                        body=["为规范城区机动车停车秩序，缓解停车难问题，市城市管理综合行政执法局会同有关部门起草了《霸州市城区机动车停车管理办法（征求意见稿）》。根据《重大行政决策程序暂行条例》规定，现将全文向社会公开征求意见。",
                              "征求意见时间：2020年9月8日至2020年10月8日。社会公众可通过以下方式提出意见建议：",
                              "一、登录霸州市人民政府门户网站“互动交流—意见征集”栏目在线提交；",
                              "二、发送电子邮件至 csgl@bazhou.gov.cn，邮件标题请注明“停车管理办法意见”；",
                              "三、信函寄至霸州市迎宾路1号，请在信封注明“意见征集”字样（以邮戳日期为准）。",
                              "附件：霸州市城区机动车停车管理办法（征求意见稿）.doc",
                              "<p class='r'>霸州市人民政府办公室</p>"],
                        side=[("关于《霸州市城乡居民生活垃圾分类实施方案》征求意见的公告", "2020-08-27"),
                              ("霸州市2020年重大行政决策事项目录", "2020-05-20"),
                              ("关于《霸州市城区供热管理办法》公开征求意见的公告", "2020-07-15"),
                              ("霸州市重大行政决策公众参与工作规则", "2020-06-30"),
                              ("停车管理办法征求意见情况反馈", "2020-10-21")],
                        side_title="决策预公开")))

    add("霸州市人民政府办公室/IMG_2043.JPG", "1.2", "2020-10-16", "screenshot",
        "执行公开：政府工作报告重点任务三季度落实情况，发布时间2020-10-16。干扰：任务栏时钟2020/11/19、今天是2020年11月19日、“截至9月底”",
        ("portal", dict(today="2020-11-19", crumbs=["政务公开", "执行公开"], frame=("10:23", "2020/11/19"),
                        path="zwgk/zxgk/202010/t20201016_1182.html",
                        title="霸州市2020年政府工作报告重点任务第三季度落实情况",
                        date="2020-10-16 15:02", source="市政府督查室", views=611,
                        body=["按照市委、市政府部署，围绕做好“六稳”工作、落实“六保”任务，现将《2020年政府工作报告》确定的重点任务截至9月底落实情况公开如下：",
                              "一、稳就业保民生。全市城镇新增就业4126人，完成年度目标的91.7%；发放稳岗返还资金1863万元。",
                              "二、重点项目建设。68个市级重点项目完成投资127.3亿元，其中胜芳特色小镇、东部新城道路管网等项目按节点推进。",
                              "三、民生实事。20项民生实事已完成14项，城区2所新建小学9月1日如期投用。"],
                        side=[("2020年政府工作报告重点任务第二季度落实情况", "2020-07-14"),
                              ("2020年民生实事项目进展情况", "2020-09-29"),
                              ("霸州市2020年政府工作报告", "2020-01-16")])))

    add("霸州市人民政府办公室/常务会议.png", "8.1", "2020-07-02", "screenshot",
        "组织领导：市长主持常务会议听取政务公开工作汇报。会议在7月1日召开，稿件发布于2020-07-02（发布时间）。干扰：会议日期、相关链接",
        ("portal", dict(today="2020-11-17", crumbs=["政务公开", "政务要闻"],
                        title="市政府召开第十八次常务会议 听取上半年政务公开工作情况汇报",
                        date="2020-07-02 08:47", source="霸州市融媒体中心", views=902,
                        body=["7月1日，市长主持召开市政府第十八次常务会议，听取市政务公开办关于2020年上半年全市政务公开工作情况的汇报，研究部署下一步工作。",
                              "会议指出，要严格落实《霸州市2020年政务公开工作要点》（霸政办〔2020〕14号），进一步健全政务公开工作协调机制，由分管副市长具体负责，对照廊坊市考核指标逐项抓好落实。",
                              "会议强调，各乡镇（区、办）、各部门要加强政策解读和回应关切，按时完成政务公开事项标准目录编制，确保年底前通过门户网站向社会公开。",
                              "会议还研究了其他事项。"],
                        side=[("霸州市政务公开工作领导小组成员名单", "2020-03-16"),
                              ("市政府领导分工（含分管政务公开工作副市长职责）", "2020-02-25"),
                              ("市政府第十七次常务会议", "2020-06-12")])))

    add("霸州市人民政府办公室/关于网站域名清理整改情况的报告.txt", "7.1.4", "2020-08-05", "document",
        "错放单位：网站域名规范的责任单位是市融媒体中心，办公室代交。GB18030编码纯文本；落款2020年8月5日。干扰：国办函〔2018〕55号、“8月底前”",
        ("txt", dict(encoding="gb18030", text="""关于不规范政府网站域名清理整改情况的报告

廊坊市人民政府办公室：

根据《国务院办公厅关于加强政府网站域名管理的通知》（国办函〔2018〕55号）和廊坊市关于开展政府网站域名专项检查的要求，我市对全市各乡镇（区、办）、市政府各部门使用的网站域名进行了全面清理，现将有关情况报告如下：

一、基本情况
全市现有政府网站1个（霸州市人民政府门户网站，域名www.bazhou.gov.cn），部门及乡镇不再单独开设网站，原有的12个部门子站已于2019年全部整合迁移至市政府门户网站。

二、清理整改情况
经排查，发现3个部门仍在使用非“.gov.cn”域名对外提供服务（bzjy.net、bzrs.com.cn、bazhouhb.cn），已全部停止解析并设置跳转提示，相关信息迁移至市政府门户网站对应栏目。

三、下一步工作
我市将建立域名台账，每季度开展一次检查，确保8月底前所有不规范域名注销完毕。

霸州市人民政府办公室
2020年8月5日
""")))

    # ---------------- 市财政局 ----------------
    add("市财政局/预决算公开栏目.png", "1.7", None, "screenshot",
        "财政预决算公开栏目页（栏目索引），本身无发布日期，列表中每条都有各自日期 → null",
        ("portal", dict(today="2020-11-17", crumbs=["政务公开", "财政信息", "预决算公开"],
                        title="预决算公开", listing=[
                            ("霸州市2019年财政决算公开说明", "2020-09-25"),
                            ("霸州市2020年政府预算调整方案", "2020-09-21"),
                            ("霸州市财政局2020年部门预算", "2020-02-10"),
                            ("霸州市2020年财政预算公开说明", "2020-01-21"),
                            ("霸州市2020年政府债务限额及余额情况", "2020-01-21"),
                            ("霸州市2019年“三公”经费预算执行情况", "2020-09-25"),
                            ("霸州市2020年重点项目绩效目标", "2020-02-14"),
                            ("霸州市2019年项目支出绩效评价报告", "2020-08-31"),
                            ("霸州市2019年政府决算", "2019-12-31"),
                            ("霸州市2019年财政预算公开说明", "2019-01-25"),
                            ("霸州市2018年财政决算公开说明", "2019-09-20"),
                            ("霸州市2018年“三公”经费决算情况", "2019-09-20")],
                        tabs=["政府预决算", "部门预决算", "项目绩效", "政府债务"],
                        pager="共 6 页 86 条　首页　上一页　1　2　3　下一页　尾页")))

    add("市财政局/霸州市2019年财政决算公开说明.pdf", "1.7", "2020-09-25", "document",
        "财政决算公开说明（文本PDF）；落款2020年9月25日。干扰：人大常委会审查批准9月18日、2019年度数据、PDF元数据2020-11-19",
        ("pdf", dict(when=when("2020-11-19", 16, 40), doc=dict(
            title="霸州市2019年财政决算公开说明",
            body=["根据《中华人民共和国预算法》和《地方预决算公开操作规程》规定，现将霸州市2019年财政决算情况公开说明如下。2019年财政决算已经2020年9月18日霸州市第十届人民代表大会常务委员会第三十一次会议审查批准。",
                  ("h", "一、一般公共预算收支决算情况"),
                  "2019年全市一般公共预算收入完成38.62亿元，为调整预算的101.2%，增长6.8%；一般公共预算支出完成52.17亿元，为调整预算的98.9%。",
                  ("h", "二、政府性基金预算收支决算情况"),
                  "2019年全市政府性基金预算收入完成21.35亿元，政府性基金预算支出完成24.08亿元。",
                  ("h", "三、“三公”经费决算情况"),
                  "2019年全市“三公”经费支出合计1862万元，比上年下降11.3%。",
                  ("h", "四、项目绩效情况"),
                  "2019年对45个重点项目开展绩效自评，对12个项目开展重点绩效评价，评价报告随本说明一并公开。",
                  ("table", [["项目", "预算数（万元）", "决算数（万元）", "完成率"],
                             ["一般公共预算收入", "381600", "386200", "101.2%"],
                             ["一般公共预算支出", "527500", "521700", "98.9%"],
                             ["政府性基金收入", "205000", "213500", "104.1%"]])],
            sign=["霸州市财政局", "2020年9月25日"]))))

    add("市财政局/政务公开经费预算表.xlsx", "8.3", "2020-01-21", "document",
        "错放单位：经费保障的责任单位是市政务公开办，财政局代交。预算批复日期为日期格式单元格（Excel序列号）2020-01-21；干扰：执行期2020-01-01至2020-12-31、制表日期2020-11-18",
        ("xlsx", dict(created="2020-11-18T02:14:09Z", modified="2020-11-18T03:01:55Z", widths=[8, 36, 14, 16, 30],
                      sheets=[("经费预算", [
                          ["霸州市2020年政务公开及政府网站运维经费预算表"],
                          ["预算批复日期", "", "", ("date", "2020-01-21")],
                          ["序号", "项目名称", "预算金额（万元）", "资金来源", "执行期"],
                          [1, "政务公开日常工作经费", 12, "一般公共预算", "2020-01-01至2020-12-31"],
                          [2, "政府门户网站内容保障经费", 18.5, "一般公共预算", "2020-01-01至2020-12-31"],
                          [3, "政府网站运行维护及安全防护", 26, "一般公共预算", "2020-01-01至2020-12-31"],
                          [4, "政府信息公开平台改版升级", 15, "一般公共预算", "2020-03-01至2020-09-30"],
                          [5, "政务新媒体运营", 8, "一般公共预算", "2020-01-01至2020-12-31"],
                          ["", "合计", 79.5],
                          ["制表：霸州市财政局预算股", "", "", "制表日期：2020年11月18日"]], ["A1:E1"])])))

    # ---------------- 霸州市司法局 ----------------
    add("霸州市司法局/行政执法公示.png", "1.6", "2020-10-09", "screenshot",
        "行政执法公示（季度数据），发布时间2020-10-09。干扰：引用《河北省行政执法公示办法》、统计期7月1日至9月30日",
        ("portal", dict(today="2020-11-16", crumbs=["政务公开", "行政执法公示", "执法结果"],
                        title="霸州市2020年第三季度行政执法数据公示",
                        date="2020-10-09 10:18", source="霸州市司法局", views=447,
                        body=["根据《河北省行政执法公示办法》和全面推行行政执法公示制度的要求，现将我市2020年第三季度（7月1日至9月30日）行政执法数据公示如下：",
                              "<div class='body'><table><tr><th>执法部门</th><th>行政许可</th><th>行政处罚</th><th>行政检查</th><th>行政强制</th></tr>"
                              "<tr><td>市市场监督管理局</td><td>1267</td><td>58</td><td>916</td><td>3</td></tr>"
                              "<tr><td>市城市管理综合行政执法局</td><td>—</td><td>142</td><td>603</td><td>11</td></tr>"
                              "<tr><td>市交通运输局</td><td>86</td><td>97</td><td>241</td><td>0</td></tr>"
                              "<tr><td>市生态环境分局</td><td>14</td><td>23</td><td>388</td><td>2</td></tr></table></div>",
                              "各执法部门的执法主体、人员、职责、权限、依据、程序、救济渠道等事前信息，以及行政处罚决定书等事后信息，已在本栏目分部门公开。"],
                        side=[("霸州市行政执法主体名录", "2020-04-03"),
                              ("霸州市2020年第二季度行政执法数据公示", "2020-07-08"),
                              ("行政执法人员名单（2020年更新）", "2020-06-11")])))

    add("霸州市司法局/微信图片_20201105.jpg", "1.1", "2020-05-20", "screenshot",
        "决策公开（司法局共同牵头）：公众号发布2020年度重大行政决策事项目录，文章日期2020-05-20；文件名日期20201105是收图日期（干扰）",
        ("wechat", dict(account="霸州司法", bartitle="霸州司法", date="2020-05-20", clock="15:36",
                        title="《霸州市2020年度重大行政决策事项目录》公布",
                        body=["经市政府第十二次常务会议研究同意，《霸州市2020年度重大行政决策事项目录》正式公布，共6项：",
                              "1. 霸州市国土空间总体规划（2020—2035年）；",
                              "2. 霸州市城区机动车停车管理办法；",
                              "3. 霸州市城乡居民生活垃圾分类实施方案；",
                              "4. 霸州市城区集中供热价格调整方案；",
                              "5. 霸州市中小学校布局调整规划；",
                              "6. 霸州市老旧小区改造三年行动计划。",
                              "<div class='img'>重大行政决策事项目录</div>",
                              "目录内事项将严格履行公众参与、专家论证、风险评估、合法性审查和集体讨论决定等法定程序，决策草案将通过市政府门户网站向社会公开征求意见。"])))

    add("霸州市司法局/政府信息公开申请答复告知书.pdf", "6.2", "2020-07-22", "document",
        "依申请公开答复（牵头为政务公开办，各单位负责）：司法局的答复书，易被单位先验误判为6.3。落款2020年7月22日；干扰：收到申请6月30日、60日/6个月救济期限、文号",
        ("pdf", dict(when=when("2020-11-18", 11, 5), doc=dict(
            docno="霸司信复〔2020〕3号", title="政府信息公开申请答复告知书",
            body=[("n", "张××："),
                  "本机关于2020年6月30日收到您通过霸州市人民政府门户网站“依申请公开”栏目提交的政府信息公开申请，您申请公开“2019年度霸州市法律援助案件办理数量及经费使用情况”。",
                  "经审查，您申请的信息属于公开范围。根据《中华人民共和国政府信息公开条例》第三十六条第（二）项的规定，现将《霸州市2019年法律援助工作情况统计表》随本告知书一并提供给您（按您要求的电子邮件方式送达）。",
                  "如对本答复不服，可以在收到本告知书之日起60日内向霸州市人民政府申请行政复议，或者在6个月内向霸州市人民法院提起行政诉讼。",
                  "附件：霸州市2019年法律援助工作情况统计表"],
            sign=["霸州市司法局（印章）", "2020年7月22日"]))))

    add("霸州市司法局/信息公开行政复议诉讼情况说明.docx", "6.3", "2020-11-12", "document",
        "行政复议、诉讼情况说明（docx）；落款2020年11月12日。干扰：统计期2020年1月1日至11月10日、文档元数据创建于2020-11-12/修改于2020-11-19",
        ("docx", dict(created="2020-11-12T01:20:00Z", modified="2020-11-19T07:42:00Z", author="sfj",
                      title="关于2020年度政府信息公开类行政复议、诉讼情况的说明",
                      body=[("n", "霸州市政务公开办公室："),
                            "经统计，2020年1月1日至11月10日，全市共收到涉及政府信息公开的行政复议申请2件，均已依法审结，其中维持1件、申请人撤回1件，未发生行政行为被撤销或确认违法的情形。",
                            "同期，因政府信息公开引起的行政诉讼案件1件（霸州市人民法院（2020）冀1081行初17号），法院判决驳回原告诉讼请求，我市未发生败诉情况。",
                            "经向市长热线及信访部门核实，市政府暨市政府办公室未接到因信息公开引起的群众合理投诉举报。",
                            ("table", [["类别", "件数", "结果"], ["行政复议", "2", "维持1件，撤回1件"], ["行政诉讼", "1", "驳回诉讼请求"], ["投诉举报", "0", "—"]])],
                      sign=["霸州市司法局", "2020年11月12日"])))

    # ---------------- 市政务公开办 ----------------
    add("市政务公开办/政策解读栏目.png", "4.1", None, "screenshot",
        "政策解读栏目页（栏目索引），无本页发布日期 → null；列表各条日期均为干扰",
        ("portal", dict(today="2020-11-18", crumbs=["政务公开", "政策解读"], title="政策解读", listing=[
            ("一图读懂《霸州市全面推进基层政务公开标准化规范化工作实施方案》", "2020-06-03"),
            ("图解：《霸州市2020年政务公开工作要点》", "2020-05-12"),
            ("《霸州市城区机动车停车管理办法（征求意见稿）》起草说明", "2020-09-08"),
            ("解读《关于进一步规范政务新媒体健康有序发展的通知》", "2020-10-26"),
            ("《霸州市2020年义务教育招生入学工作方案》政策问答", "2020-07-13"),
            ("《霸州市城乡居民生活垃圾分类实施方案》解读", "2020-09-02"),
            ("市政府主要负责人解读《2020年政府工作报告》", "2020-01-17"),
            ("《霸州市老旧小区改造实施方案》解读", "2020-06-24"),
            ("《关于支持中小微企业应对疫情稳定发展的若干措施》解读", "2020-02-19"),
            ("《霸州市稳就业十条措施》解读", "2020-04-22"),
            ("《霸州市防汛应急预案（2020年修订）》解读", "2020-06-05")],
            tabs=["文字解读", "图片解读", "视频解读", "新闻发布会"],
            pager="共 5 页 53 条　首页　上一页　1　2　3　4　5　下一页　尾页")))

    add("市政务公开办/解读稿.html", "4.3", "2020-06-03", "screenshot",
        "解读关联：解读稿页面带“相关文件”链接到被解读的霸政办〔2020〕3号。发布时间2020-06-03。干扰：被解读文件日期2020-05-29、相关文件列表日期、文号",
        ("savedhtml", dict(charset="utf-8", url_path="zwgk/zcjd/202006/t20200603_1003.html", page=dict(
            today="2020-11-18", crumbs=["政务公开", "政策解读", "图片解读"],
            title="一图读懂《霸州市全面推进基层政务公开标准化规范化工作实施方案》",
            date="2020-06-03 16:20", source="霸州市政务公开办公室", views=733,
            body=["日前，霸州市人民政府办公室印发《霸州市全面推进基层政务公开标准化规范化工作实施方案》（霸政办〔2020〕3号）。为便于公众理解，现将主要内容图解如下：",
                  "<div class='box'><b>工作目标：</b>2020年底前，完成26个试点领域基层政务公开标准目录编制，建立政务公开事项目录体系。<br><b>主要任务：</b>编制目录、规范流程、完善平台、加强监督。<br><b>时间节点：</b>6月底前各部门梳理事项；9月底前完成目录初稿；12月底前通过门户网站公开。</div>",
                  "<div class='box'><b>相关文件：</b>霸州市人民政府办公室关于印发《霸州市全面推进基层政务公开标准化规范化工作实施方案》的通知（霸政办〔2020〕3号） 发布日期：2020-05-29</div>"],
            side=[("霸州市人民政府办公室关于印发《霸州市全面推进基层政务公开标准化规范化工作实施方案》的通知", "2020-05-29"),
                  ("霸州市2020年政务公开工作要点", "2020-05-08"),
                  ("图解：《霸州市2020年政务公开工作要点》", "2020-05-12")],
            side_title="相关文件"))))

    add("市政务公开办/2020年政策文件解读台账.xlsx", "4.2", "2020-11-16", "document",
        "解读比例：政策文件与解读稿对照台账（xlsx），填报日期文本“2020年11月16日”。干扰：每行的印发/解读日期（日期格式单元格）",
        ("xlsx", dict(created="2020-11-16T06:30:00Z", modified="2020-11-16T08:12:00Z", widths=[6, 50, 22, 12, 12, 44, 10],
                      sheets=[("解读台账", [
                          ["霸州市2020年政策性文件解读情况台账"],
                          ["序号", "政策文件名称", "文号", "发布日期", "解读日期", "解读形式及稿件", "间隔（工作日）"],
                          [1, "霸州市全面推进基层政务公开标准化规范化工作实施方案", "霸政办〔2020〕3号", ("date", "2020-05-29"), ("date", "2020-06-03"), "图片解读：一图读懂《实施方案》", 3],
                          [2, "霸州市2020年政务公开工作要点", "霸政办〔2020〕14号", ("date", "2020-05-08"), ("date", "2020-05-12"), "图片解读：图解《工作要点》", 2],
                          [3, "霸州市2020年义务教育招生入学工作方案", "霸教体〔2020〕31号", ("date", "2020-07-10"), ("date", "2020-07-13"), "文字解读：政策问答", 1],
                          [4, "霸州市城乡居民生活垃圾分类实施方案", "霸政办〔2020〕37号", ("date", "2020-08-28"), ("date", "2020-09-02"), "文字解读", 3],
                          [5, "关于进一步规范政务新媒体健康有序发展的通知", "（2020）93号", ("date", "2020-10-22"), ("date", "2020-10-26"), "文字解读", 2],
                          [6, "霸州市老旧小区改造实施方案", "霸政办〔2020〕25号", ("date", "2020-06-19"), ("date", "2020-06-24"), "文字解读", 3],
                          [],
                          ["填报单位：霸州市政务公开办公室", "", "", "", "填报日期：2020年11月16日"]], ["A1:G1"])])))

    add("市政务公开办/政务公开事项标准目录.xlsx", "3.1", "2020-10-30", "document",
        "县级政务公开事项标准目录（26领域）；“编制日期”为日期格式单元格（Excel序列号），第二个工作表是明细。干扰：“12月底前公开”",
        ("xlsx", dict(created="2020-10-30T02:00:00Z", modified="2020-11-17T09:30:00Z", widths=[6, 24, 30, 40, 22, 14, 14],
                      sheets=[("目录总表", [
                          ["霸州市基层政务公开事项标准目录（26个试点领域）"],
                          ["编制单位", "霸州市政务公开办公室", "编制日期", ("date", "2020-10-30")],
                          ["序号", "领域", "牵头部门", "事项数"]] + [
                          [i + 1, a, b, n] for i, (a, b, n) in enumerate([
                              ("重大建设项目", "市行政审批局", 41), ("公共资源交易", "市公共资源交易中心", 29), ("税收管理", "市税务局", 33),
                              ("财政预决算", "市财政局", 12), ("安全生产", "市应急管理局", 18), ("救灾", "市应急管理局", 9),
                              ("户籍管理", "市公安局", 22), ("涉农补贴", "市农业农村局", 16), ("就业", "市人力资源和社会保障局", 27),
                              ("社会保险", "市人力资源和社会保障局", 31), ("社会救助", "市民政局", 14), ("养老服务", "市民政局", 11),
                              ("城乡规划", "市自然资源和规划局", 17), ("征地补偿", "市自然资源和规划局", 8), ("国有土地上房屋征收与补偿", "市住房和城乡建设局", 10),
                              ("保障性住房", "市住房和城乡建设局", 13), ("市政服务", "市城市管理综合行政执法局", 19), ("生态环境", "廊坊市生态环境局霸州市分局", 24),
                              ("公共法律服务", "市司法局", 15), ("义务教育", "市教育和体育局", 20), ("医疗卫生", "市卫生健康局", 23),
                              ("食品药品监管", "市市场监督管理局", 26), ("城市综合执法", "市城市管理综合行政执法局", 21), ("农村危房改造", "市住房和城乡建设局", 6),
                              ("公共文化服务", "市文化广电和旅游局", 12), ("扶贫", "市扶贫办", 10)])] + [
                          [],
                          ["说明：按照霸政办〔2020〕3号要求，本目录于12月底前通过霸州市人民政府门户网站向社会公开。"]], ["A1:D1"]),
                          ("明细-义务教育", [
                              ["序号", "公开事项", "公开内容（要素）", "公开依据", "公开时限", "公开主体", "公开渠道"],
                              [1, "招生入学政策", "招生方案、招生范围、招生程序、报名条件", "《中华人民共和国义务教育法》", "信息形成之日起20个工作日内", "市教育和体育局", "政府网站"],
                              [2, "学校情况", "学校名称、地址、联系方式", "《中华人民共和国政府信息公开条例》", "信息形成或变更之日起20个工作日内", "市教育和体育局", "政府网站"],
                              [3, "录取结果", "录取人数、名单公示", "教育部有关规定", "录取结束后5个工作日内", "各学校", "学校公示栏"]], [])])))

    add("市政务公开办/依申请公开栏目.png", "6.1", None, "screenshot",
        "依申请公开栏目页（网络、信函、当面三种渠道），无发布日期 → null。干扰：今天是2020年11月18日、“20个工作日”",
        ("portal", dict(today="2020-11-18", crumbs=["政府信息公开", "依申请公开"], title="依申请公开",
                        listing=[("政府信息公开申请表（下载）", ""), ("在线申请", ""), ("申请查询", ""), ("依申请公开流程图", "")],
                        boxes=["<b>网络申请：</b>点击“在线申请”，如实填写申请表后提交，系统自动生成查询码。",
                               "<b>信函申请：</b>请在信封左下角注明“政府信息公开申请”字样，邮寄至：霸州市迎宾路1号迎宾大厦715房间 霸州市政务公开办公室，邮编065700。",
                               "<b>当面申请：</b>工作日上午8:30—12:00，下午14:00—17:30，到霸州市政务服务中心一楼政府信息公开申请受理窗口填写申请表。",
                               "<b>答复期限：</b>行政机关收到申请，能够当场答复的当场答复；不能当场答复的，自收到申请之日起20个工作日内予以答复。"],
                        tabs=["申请须知", "在线申请", "信函申请", "当面申请"])))

    add("市政务公开办/政府信息公开申请办理答复规范.pdf", "5.2", "2020-08-20", "document",
        "信息公开制度（LibreOffice 由 docx 转成的文本PDF）；落款2020年8月20日，页末印发行8月21日为干扰；另有条例修订日期2019年4月3日、“15个工作日”",
        ("sofficepdf", dict(when=when("2020-11-19", 10, 2), doc=dict(
            created="2020-08-20T01:00:00Z", modified="2020-11-19T02:02:00Z",
            title="霸州市政府信息公开申请办理答复规范",
            body=[("h", "第一章 总则"),
                  "第一条 为规范全市政府信息公开申请办理工作，依据《中华人民共和国政府信息公开条例》（2019年4月3日国务院令第711号修订）和《河北省实施〈中华人民共和国政府信息公开条例〉办法》，制定本规范。",
                  "第二条 本规范适用于各乡镇（区、办）、市政府各部门办理政府信息公开申请的工作。",
                  ("h", "第二章 受理"),
                  "第三条 申请人可以通过网络、信函、当面等方式提出申请。行政机关收到申请的时间按下列规定确定：当面提交的，以提交之日为收到申请之日；以邮寄方式提交的，以签收之日为收到申请之日。",
                  ("h", "第三章 答复"),
                  "第四条 行政机关不能当场答复的，应当自收到申请之日起20个工作日内予以答复；需要延长答复期限的，应当经政务公开工作机构负责人同意并告知申请人，延长的期限最长不得超过20个工作日。",
                  "第五条 答复书应当载明申请人、申请内容、答复依据、救济渠道，加盖行政机关印章，并按申请人要求的形式送达。",
                  "第六条 本规范自印发之日起施行，各单位应在15个工作日内将本单位办理流程报市政务公开办备案。"],
            sign=["霸州市政务公开办公室", "2020年8月20日"],
            after=["", "抄送：市委办公室，市人大常委会办公室，市政协办公室。", "霸州市政务公开办公室　　　　　　　　　　2020年8月21日印发"]))))

    add("市政务公开办/霸州发布公众号.png", "7.2.1", None, "screenshot",
        "新媒体开设情况：微信公众号主页（账号主体、功能介绍、历史消息），无单一发布日期 → null",
        ("wxprofile", dict(account="霸州发布", avatar="霸州",
                           desc="霸州市人民政府办公室官方政务微信公众号。发布政务信息、解读政策、提供办事服务。<br>账号主体：霸州市人民政府办公室<br>微信号：bazhoufabu",
                           msgs=[("11月18日", "霸州市2020年冬季清洁取暖补贴申报指南", "2.1万"),
                                 ("11月17日", "好消息！这些事项可以“跨省通办”了", "1.6万"),
                                 ("11月16日", "市政府召开第二十五次常务会议", "8732"),
                                 ("11月13日", "图解丨霸州市冬春季疫情防控提示", "1.1万"),
                                 ("11月12日", "关于调整部分公交线路的通告", "9520")])))

    add("市政务公开办/微博主页.png", "7.2.2", None, "screenshot",
        "内容更新情况：政务微博主页时间线（近两周持续更新），多条微博各有日期，页面本身无单一发布日期 → null",
        ("weibo", dict(account="霸州发布", avatar="霸州", bartitle="霸州发布",
                       profile="霸州市人民政府新闻办公室官方微博", h=896,
                       posts=[dict(time="11-18 16:40", html="【#霸州冬季清洁取暖#】2020年冬季清洁取暖补贴申报开始啦，申报截止时间12月15日，详情戳→<a>网页链接</a>", rt=12, cm=5, lk=48),
                              dict(time="11-17 09:15", html="【跨省通办】即日起，养老保险关系转移接续等58项高频事项可“跨省通办”。<a>#政务服务#</a>", rt=31, cm=9, lk=102),
                              dict(time="11-16 18:02", html="市政府召开第二十五次常务会议，研究部署冬春季疫情防控和安全生产工作。", rt=6, cm=2, lk=37),
                              dict(time="11-13 10:27", html="【图解】冬春季疫情防控提示：戴口罩、勤洗手、常通风、少聚集。", rt=44, cm=7, lk=160)])))

    add("市政务公开办/霸州市人民政府公报2020年第3期.pdf", "7.3", "2020-09-30", "document",
        "政府公报（文本PDF）：封面“2020年9月30日出版”；目录中收录文件各有文号和成文日期（干扰）",
        ("pdf", dict(when=when("2020-10-09", 8, 30), doc=dict(
            redhead="霸州市人民政府公报", docno="2020年第3期（总第11期）",
            title="目　录",
            body=[("h", "【市政府文件】"),
                  ("n", "霸州市人民政府关于印发霸州市国土空间总体规划编制工作方案的通知（霸政〔2020〕21号）2020年7月9日"),
                  ("n", "霸州市人民政府关于进一步加强安全生产工作的意见（霸政〔2020〕24号）2020年8月14日"),
                  ("h", "【市政府办公室文件】"),
                  ("n", "霸州市人民政府办公室关于印发霸州市老旧小区改造实施方案的通知（霸政办〔2020〕25号）2020年6月19日"),
                  ("n", "霸州市人民政府办公室关于印发霸州市城乡居民生活垃圾分类实施方案的通知（霸政办〔2020〕37号）2020年8月28日"),
                  ("h", "【政策解读】"),
                  ("n", "《霸州市城乡居民生活垃圾分类实施方案》解读"),
                  ("h", "【人事任免】"),
                  ("n", "霸州市人民政府关于王××等同志职务任免的通知"),
                  ("n", ""),
                  ("n", "主管主办：霸州市人民政府　　编辑出版：霸州市人民政府办公室"),
                  ("n", "地址：霸州市迎宾路1号　　邮编：065700　　内部资料　免费赠阅"),
                  ("c", "2020年9月30日出版")]))))

    add("市政务公开办/关于调整充实政务公开工作机构人员的通知.docx", "8.2", "2020-04-15", "document",
        "机构建设：明确政务公开办为工作机构并配备专职人员（docx）；落款2020年4月15日。干扰：文号霸政办字〔2020〕22号、引用中办发〔2016〕8号、联系电话",
        ("docx", dict(created="2020-04-15T00:50:00Z", modified="2020-11-17T02:10:00Z",
                      docno="霸政办字〔2020〕22号",
                      title="霸州市人民政府办公室关于调整充实政务公开工作机构人员的通知",
                      body=[("n", "各乡镇（区、办），市政府各部门："),
                            "为贯彻落实《关于全面推进政务公开工作的意见》（中办发〔2016〕8号），加强政务公开工作力量，经市政府同意，现将有关事项通知如下：",
                            "一、霸州市政务公开办公室设在市政府办公室，负责全市政务公开工作的组织协调、指导推进和监督检查，办公地点为迎宾大厦715房间。",
                            "二、市政务公开办配备专职工作人员3名：王红星（主任）、刘××、陈××，联系电话7225576。",
                            "三、各乡镇（区、办）、市政府各部门要明确1名分管领导和1名专职工作人员，于4月30日前将名单报市政务公开办。"],
                      sign=["霸州市人民政府办公室", "2020年4月15日"],
                      after=["（此件公开发布）"])))

    add("市政务公开办/IMG_2060.JPG", "8.4", "2020-09-24", "document",
        "业务培训：手机拍的纸质签到表（照片是document不是screenshot），表头日期2020年9月24日。干扰：EXIF无、文件名无日期",
        ("photo", dict(doc=dict(
            title="2020年霸州市政务公开工作业务培训会签到表",
            body=[("c", "时间：2020年9月24日上午9:00　　地点：迎宾大厦三楼会议室"),
                  ("table", [["序号", "单位", "姓名", "职务", "联系电话"],
                             ["1", "南孟镇", "李××", "党政办主任", "1393166××××"],
                             ["2", "胜芳镇", "赵××", "干事", "1583267××××"],
                             ["3", "市教育和体育局", "孙××", "办公室副主任", "1373360××××"],
                             ["4", "市财政局", "周××", "科员", "1350316××××"],
                             ["5", "市行政审批局", "吴××", "政务公开专员", "1893164××××"],
                             ["6", "市卫生健康局", "郑××", "科员", "1513168××××"],
                             ["7", "市司法局", "冯××", "科长", "1371665××××"],
                             ["8", "市民政局", "陈××", "科员", "1583169××××"],
                             ["9", "市融媒体中心", "褚××", "编辑", "1363316××××"],
                             ["10", "市住房和城乡建设局", "卫××", "科员", "1593166××××"]])]))))

    add("市政务公开办/业务培训.png", "8.4", "2020-09-25", "screenshot",
        "业务培训：公众号文章（窄屏），文章日期2020-09-25；正文“9月24日上午”是培训日期（干扰）",
        ("wechat", dict(account="霸州发布", bartitle="霸州发布", date="2020-09-25", clock="08:12", reads=3306,
                        title="我市召开2020年政务公开工作业务培训会",
                        body=["9月24日上午，我市召开2020年政务公开工作业务培训会，各乡镇（区、办）、市政府各部门分管负责同志和政务公开工作人员共计120余人参加培训。",
                              "<div class='img'>培训会现场</div>",
                              "培训会邀请廊坊市政务公开办有关负责同志，围绕新修订的《中华人民共和国政府信息公开条例》、基层政务公开标准化规范化、政府信息公开年度报告新格式、依申请公开答复规范等内容进行了系统讲解。",
                              "会议要求，各单位要对照《廊坊市2020年政务公开工作考核指标》逐项查漏补缺，按时报送考核材料。"])))

    add("市政务公开办/疫情防控新闻发布会.png", "2.14", "2020-11-10", "screenshot",
        "错放单位：医疗卫生领域（疫情防控）的责任单位是市卫生健康局，政务公开办代交。发布时间2020-11-10；干扰：发布会日期11月9日、相关链接日期",
        ("portal", dict(today="2020-11-18", crumbs=["专题专栏", "疫情防控", "新闻发布会"],
                        title="霸州市新冠肺炎疫情防控工作新闻发布会（第十二场）",
                        date="2020-11-10 11:35", source="霸州市卫生健康局", views=2451,
                        body=["11月9日下午，霸州市召开新冠肺炎疫情防控工作第十二场新闻发布会，市卫生健康局主要负责同志通报我市冬春季疫情防控工作情况。",
                              "截至11月8日24时，我市累计报告本地确诊病例0例。全市设立发热门诊3个、发热哨点诊室21个，核酸检测机构4家，日最大检测能力1.2万份。",
                              "发布会提醒，入冬以来呼吸道疾病进入高发期，广大群众要坚持科学佩戴口罩、保持社交距离，从中高风险地区来（返）霸人员请主动向所在村（社区）报备。",
                              "发布会还公布了全市新冠病毒核酸检测机构名单和收费标准（单检每人份80元）。"],
                        side=[("霸州市新冠肺炎疫情防控工作新闻发布会（第十一场）", "2020-09-28"),
                              ("关于做好冬春季新冠肺炎疫情防控工作的通告", "2020-11-02"),
                              ("霸州市新冠病毒核酸检测机构名单", "2020-10-15")])))

    # ---------------- 市行政审批局 ----------------
    add("市行政审批局/政务服务事项截图.png", "1.4", "2020-08-31", "screenshot",
        "服务公开：政务服务事项办事指南页，更新时间2020-08-31（非“发布时间”标签）。干扰：法定时限20个工作日、承诺时限、今天是",
        ("portal", dict(today="2020-11-16", crumbs=["政务服务", "办事指南", "市行政审批局"],
                        site="河北政务服务网 · 霸州市", url="www.hbzwfw.gov.cn/bazhou",
                        nav=["首页", "个人服务", "法人服务", "部门服务", "阳光审批", "好差评"],
                        title="食品经营许可（新办）办事指南",
                        date=None, views=5120,
                        subtitle="事项编码：13108100000000 ｜ 更新时间：2020-08-31",
                        body=["<div class='body'><table><tr><th>实施主体</th><td>霸州市行政审批局</td><th>事项类型</th><td>行政许可</td></tr>"
                              "<tr><th>法定办结时限</th><td>20个工作日</td><th>承诺办结时限</th><td>5个工作日</td></tr>"
                              "<tr><th>办理地点</th><td colspan='3'>霸州市政务服务中心二楼B区12-14号窗口</td></tr>"
                              "<tr><th>办理时间</th><td colspan='3'>周一至周五 上午8:30-12:00 下午14:00-17:30（法定节假日除外）</td></tr>"
                              "<tr><th>收费标准</th><td>不收费</td><th>到现场次数</th><td>0次（全程网办）</td></tr></table></div>",
                              "申请材料：1. 食品经营许可申请书；2. 营业执照复印件；3. 法定代表人身份证明；4. 与食品经营相适应的主要设备设施布局、操作流程等文件。",
                              "设定依据：《中华人民共和国食品安全法》第三十五条；《食品经营许可管理办法》（国家食品药品监督管理总局令第17号）。"],
                        side=[("霸州市政务服务事项目录（2020年版）", "2020-06-30"),
                              ("霸州市“最多跑一次”事项清单", "2020-04-10"),
                              ("关于调整部分政务服务事项的公告", "2020-08-31")],
                        side_title="相关公告")))

    add("市行政审批局/双随机一公开抽查事项清单.html", "2.4", "2020-07-14", "screenshot",
        "“放管服”：双随机一公开随机抽查事项清单动态调整（保存的网页，UTF-8）。发布时间2020-07-14。干扰：引用国发〔2015〕58号、上一版清单日期",
        ("savedhtml", dict(charset="utf-8", url_path="zwgk/fgf/202007/t20200714_0961.html", page=dict(
            today="2020-11-16", crumbs=["政务公开", "“放管服”改革", "双随机一公开"],
            title="霸州市2020年度“双随机、一公开”随机抽查事项清单（动态调整）",
            date="2020-07-14 09:05", source="霸州市行政审批局", views=389,
            body=["根据《国务院关于在市场监管领域全面推行部门联合“双随机、一公开”监管的意见》（国发〔2019〕5号）和《国务院办公厅关于推广随机抽查规范事中事后监管的通知》（国办发〔2015〕58号），结合机构改革后部门职责调整情况，现将我市随机抽查事项清单动态调整结果公布如下：",
                  "<div class='body'><table><tr><th>序号</th><th>抽查事项</th><th>检查对象</th><th>实施部门</th><th>抽查比例</th></tr>"
                  "<tr><td>1</td><td>企业公示信息检查</td><td>各类企业</td><td>市市场监督管理局</td><td>3%</td></tr>"
                  "<tr><td>2</td><td>食品经营许可事项检查</td><td>食品经营者</td><td>市市场监督管理局</td><td>5%</td></tr>"
                  "<tr><td>3</td><td>建设工程施工许可后续监管</td><td>建设单位</td><td>市住房和城乡建设局</td><td>10%</td></tr>"
                  "<tr><td>4</td><td>道路运输经营许可检查</td><td>道路运输企业</td><td>市交通运输局</td><td>5%</td></tr>"
                  "<tr><td>5</td><td>排污许可执行情况检查</td><td>排污单位</td><td>市生态环境分局</td><td>5%</td></tr></table></div>",
                  "本清单自公布之日起执行，2019年9月公布的原清单同时废止。"],
            side=[("霸州市2019年度随机抽查事项清单", "2019-09-12"),
                  ("霸州市市场监管领域部门联合抽查计划", "2020-03-20"),
                  ("2020年版外商投资准入负面清单解读", "2020-07-01")]))))

    add("市行政审批局/扫描件001.pdf", "2.10", "2020-07-06", "document",
        "重大建设项目批准：项目核准批复的扫描件（纯图像PDF，无文本层，需OCR）；落款2020年7月6日、红章。干扰：扫描仪元数据2020-11-19、申请日期6月22日、文号、国务院令第673号",
        ("scanpdf", dict(when=when("2020-11-19", 14, 51), producer="Canon iR-ADV C5235 PDF", doc=dict(
            redhead="霸州市行政审批局", docno="霸审批投字〔2020〕45号",
            title="关于霸州市东部新城污水处理厂二期工程项目核准的批复",
            body=[("n", "霸州市城市建设投资有限公司："),
                  "你公司2020年6月22日报来的《关于霸州市东部新城污水处理厂二期工程项目核准的请示》及有关材料收悉。依据《企业投资项目核准和备案管理条例》（国务院令第673号），经研究，现批复如下：",
                  "一、为提高东部新城污水处理能力，改善区域水环境质量，同意建设霸州市东部新城污水处理厂二期工程。项目单位为霸州市城市建设投资有限公司。",
                  "二、项目建设地点位于霸州市东部新城纬五路南侧，新增污水处理规模4万吨/日。",
                  "三、项目总投资2.36亿元，资金来源为企业自筹及专项债券。",
                  "四、项目应依法进行招标，招标范围为勘察、设计、施工、监理及重要设备材料采购，全部采用公开招标方式。",
                  "五、本核准文件自印发之日起有效期2年。"],
            sign=["霸州市行政审批局", "2020年7月6日"], seal="霸州市行政审批局", sealpos="right:96px;top:590px",
            after=["", "（此件公开发布）"]))))

    add("市行政审批局/公共资源交易/国有产权转让公告.png", "2.8", "2020-09-03", "screenshot",
        "国有产权交易：产权转让公告（子文件夹里）。发布时间2020-09-03；干扰：公告期至2020年9月30日、评估基准日2020年6月30日",
        ("portal", dict(today="2020-11-17", crumbs=["公共资源交易", "产权交易", "转让公告"],
                        site="霸州市公共资源交易中心", url="ggzy.bazhou.gov.cn",
                        nav=["首页", "工程建设", "政府采购", "土地矿产", "产权交易", "信用信息", "服务指南"],
                        title="霸州市城市建设投资有限公司所持部分车辆资产转让公告",
                        date="2020-09-03 14:20", source="霸州市公共资源交易中心", views=217,
                        body=["受霸州市城市建设投资有限公司委托，经霸州市国有资产监督管理部门批准（霸国资批〔2020〕9号），现将其持有的12台公务用车资产公开转让，有关事项公告如下：",
                              "一、转让标的：轿车8台、越野车3台、客车1台，评估基准日为2020年6月30日，评估价值合计71.6万元。",
                              "二、转让底价：71.6万元，交易方式为网络竞价。",
                              "三、公告期：2020年9月3日至2020年9月30日。意向受让方请于公告期内到霸州市公共资源交易中心四楼办理登记手续，并交纳保证金5万元。",
                              "四、审计评估机构：河北××资产评估有限公司。联系电话：0316-7226××××。"],
                        side=[("霸州市国有资产转让交易结果公示", "2020-10-15"),
                              ("霸州市公有住房出租权转让公告", "2020-08-06"),
                              ("企业国有资产交易监督管理办法", "2016-06-24")],
                        side_title="产权交易")))

    # ---------------- 市公共资源交易中心 ----------------
    add("市公共资源交易中心/招标公告.html", "2.9", "2020-08-12", "screenshot",
        "工程建设项目招投标：招标公告（保存的网页，GBK编码、meta声明gb2312）。发布时间2020-08-12；干扰：投标截止2020年9月2日、文件获取8月13日至8月19日",
        ("savedhtml", dict(charset="gbk", url_path="gcjs/zbgg/202008/t20200812_2215.html", page=dict(
            today="2020-11-17", crumbs=["工程建设", "招标公告"],
            site="霸州市公共资源交易中心", url="ggzy.bazhou.gov.cn",
            nav=["首页", "工程建设", "政府采购", "土地矿产", "产权交易", "信用信息", "服务指南"],
            title="霸州市东环路（益津路至胜芳路段）改造工程施工招标公告",
            date="2020-08-12 17:30", source="霸州市公共资源交易中心", views=688,
            body=["1. 招标条件：本招标项目霸州市东环路改造工程已由霸州市行政审批局以霸审批投字〔2020〕38号批准建设，项目业主为霸州市住房和城乡建设局，建设资金来自财政资金，项目已具备招标条件，现对该项目的施工进行公开招标。",
                  "2. 项目概况与招标范围：道路全长3.2公里，包括道路、排水、照明、绿化工程，计划工期180日历天。",
                  "3. 投标人资格要求：具备市政公用工程施工总承包二级及以上资质，并在人员、设备、资金等方面具备相应的施工能力。",
                  "4. 招标文件的获取：2020年8月13日至2020年8月19日，通过霸州市公共资源交易平台下载。",
                  "5. 投标文件的递交：投标截止时间为2020年9月2日9时30分，地点为霸州市公共资源交易中心开标一室。"],
            side=[("霸州市第一中学教学楼维修工程中标候选人公示", "2020-08-10"),
                  ("霸州市农村公路安全生命防护工程招标公告", "2020-07-28"),
                  ("霸州市城区雨污分流改造工程中标结果公告", "2020-07-21")],
            side_title="最新公告"))))

    # ---------------- 廊坊市生态环境局霸州市分局 ----------------
    add("廊坊市生态环境局霸州市分局/空气质量月报.jpg", "2.1", "2020-11-05", "screenshot",
        "环保领域：10月环境空气质量状况。发布时间2020-11-05；干扰：统计期10月1日至31日、同比2019年10月",
        ("portal", dict(today="2020-11-16", crumbs=["政务公开", "重点领域信息公开", "生态环境"],
                        title="霸州市2020年10月环境空气质量状况",
                        date="2020-11-05 10:00", source="廊坊市生态环境局霸州市分局", views=356,
                        body=["2020年10月1日至10月31日，我市环境空气质量综合指数为5.12，在廊坊市10个县（市、区）中排名第4位。",
                              "PM2.5月均浓度为46微克/立方米，同比（2019年10月）下降13.2%；PM10月均浓度为78微克/立方米，同比下降9.3%。",
                              "优良天数为21天，优良天数比例67.7%，重污染天数0天。",
                              "下一步，我市将持续推进秋冬季大气污染综合治理攻坚行动，加强散煤治理、扬尘管控和重点行业企业错峰生产监管。"],
                        side=[("霸州市2020年9月环境空气质量状况", "2020-10-09"),
                              ("霸州市重点排污单位名录（2020年）", "2020-03-31"),
                              ("霸州市黑臭水体整治进展情况", "2020-09-15")])))

    # ---------------- 市扶贫办 ----------------
    add("市扶贫办/扶贫项目资金公告.docx", "2.2", "2020-06-28", "document",
        "脱贫攻坚：财政专项扶贫资金项目公告（docx）；落款2020年6月28日。干扰：公示期6月28日至7月7日、元数据创建2020-06-24",
        ("docx", dict(created="2020-06-24T03:11:00Z", modified="2020-06-28T01:35:00Z", author="fpb",
                      title="霸州市2020年度财政专项扶贫资金项目计划公告",
                      body=["根据《关于完善县级脱贫攻坚项目库建设的指导意见》和扶贫项目资金公告公示制度要求，现将我市2020年度财政专项扶贫资金项目计划予以公告。",
                            ("table", [["序号", "项目名称", "实施地点", "资金规模（万元）", "受益建档立卡贫困人口"],
                                       ["1", "光伏扶贫电站运维", "南孟镇", "42", "136户"],
                                       ["2", "特色种植产业扶贫", "东段乡", "85", "210户"],
                                       ["3", "农村饮水安全巩固提升", "康仙庄乡", "63", "98户"],
                                       ["4", "“两不愁三保障”兜底保障", "全市", "120", "1027人"]]),
                            "公示期：2020年6月28日至7月7日。如有异议，请在公示期内向霸州市扶贫开发办公室反映。监督电话：0316-7891××××。"],
                      sign=["霸州市扶贫开发办公室", "2020年6月28日"])))

    # ---------------- 市地方金融监督管理局 ----------------
    add("市地方金融监督管理局/防范非法集资宣传.jpg", "2.3", "2020-06-15", "screenshot",
        "防范金融风险：防范非法集资宣传月。发布时间2020-06-15；干扰：宣传月时段5月15日至6月15日、“6月11日启动仪式”",
        ("portal", dict(today="2020-11-16", crumbs=["政务公开", "重点领域信息公开", "防范金融风险"],
                        title="守住钱袋子 护好幸福家——我市开展2020年防范非法集资宣传月活动",
                        date="2020-06-15 16:45", source="霸州市地方金融监督管理局", views=402,
                        body=["为提高群众防范非法集资意识和能力，5月15日至6月15日，我市集中开展防范非法集资宣传月活动。6月11日上午，宣传月启动仪式在市人民公园广场举行。",
                              "活动期间，全市共设置宣传咨询点36个，发放宣传资料4.2万份，举办“进社区、进农村、进企业、进校园”专题讲座58场。",
                              "市地方金融监管局提醒：凡是承诺高额回报、以“养老”“投资理财”等名义吸收资金的，都要提高警惕，发现线索请拨打举报电话0316-7227××××。"],
                        side=[("霸州市小额贷款公司名录", "2020-04-21"),
                              ("关于缓解中小微企业融资难融资贵的若干措施", "2020-03-05"),
                              ("霸州市政府债务风险防控工作情况", "2020-08-20")])))

    # ---------------- 市教育和体育局 ----------------
    add("市教育和体育局/2020年义务教育招生入学工作方案.pdf", "2.5", "2020-07-10", "document",
        "教育领域：义务教育招生方案（文本PDF，红头）；落款2020年7月10日，页末印发行7月13日为干扰；另有报名时间7月20日至25日、录取结果8月15日前",
        ("pdf", dict(when=when("2020-11-17", 15, 20), doc=dict(
            redhead="霸州市教育和体育局文件", docno="霸教体〔2020〕31号",
            title="霸州市2020年义务教育学校招生入学工作方案",
            body=[("n", "各乡镇（区、办）中心校，市直各学校："),
                  "为做好2020年义务教育阶段招生入学工作，依据《中华人民共和国义务教育法》，结合我市实际，制定本方案。",
                  ("h", "一、招生范围"),
                  "城区小学、初中按学区划片招生，划片范围见附件1；乡镇学校按户籍所在行政村就近入学。",
                  ("h", "二、报名条件和时间"),
                  "凡2014年8月31日前出生的适龄儿童应入小学一年级。报名时间为2020年7月20日至7月25日，实行网上报名和现场审核相结合。",
                  ("h", "三、招生程序"),
                  "网上报名→资料审核→划片派位→录取公示。录取结果于8月15日前在各学校公示栏和霸州市人民政府门户网站公开。",
                  ("h", "四、咨询方式"),
                  "市教育和体育局基础教育股，咨询电话0316-7221××××。",
                  "附件：1. 城区学校学区划分范围　2. 学校基本情况一览表"],
            sign=["霸州市教育和体育局", "2020年7月10日"],
            after=["（此件公开发布）"],
            yf=("霸州市教育和体育局办公室", "2020年7月13日印发")))))

    add("市教育和体育局/全民健身日活动.jpg", "2.12", "2020-08-10", "screenshot",
        "公共文化体育：全民健身日活动新闻。发布时间2020-08-10；干扰：标题中的“8月8日”、活动期8月8日至8月16日",
        ("portal", dict(today="2020-11-16", crumbs=["政务公开", "重点领域信息公开", "公共文化体育"],
                        title="“8月8日全民健身日”系列活动在我市启动",
                        date="2020-08-10 09:40", source="霸州市教育和体育局", views=286,
                        body=["8月8日，霸州市2020年“全民健身日”系列活动在市体育场启动。本次系列活动持续至8月16日，包括健步走、广场舞展演、青少年篮球赛、国民体质监测等12项内容。",
                              "活动期间，全市22处公共体育场馆向社会免费或低收费开放，社会体育指导员320余人深入社区开展健身指导。",
                              "今年以来，我市新建全民健身路径56套、多功能运动场8个，推行《国家体育锻炼标准》达标测验1.2万人次。"],
                        side=[("霸州市公共体育设施名录", "2020-05-18"),
                              ("霸州市体育协会基本信息", "2020-04-09"),
                              ("霸州市社会体育指导员名单", "2020-06-30")])))

    add("市教育和体育局/学生资助政策.png", "2.6", "2020-09-01", "screenshot",
        "社会救助与福利（奖助学金政策，表中教体局即为责任单位之一）——易被误判为2.5教育领域。发布时间2020-09-01；干扰：申请截止9月30日、2019学年",
        ("portal", dict(today="2020-11-16", crumbs=["政务公开", "重点领域信息公开", "社会救助与福利"],
                        title="霸州市2020年秋季学期学生资助政策简介",
                        date="2020-09-01 08:30", source="霸州市学生资助管理中心", views=1739,
                        body=["为确保家庭经济困难学生顺利入学，现将2020年秋季学期学生资助政策公布如下：",
                              "一、学前教育：对家庭经济困难儿童给予每生每年1000元资助。",
                              "二、义务教育：对家庭经济困难寄宿生给予生活补助，小学每生每年1000元，初中每生每年1250元。",
                              "三、普通高中：国家助学金平均每生每年2000元，建档立卡等家庭经济困难学生免除学杂费。",
                              "四、中等职业教育及高职院校：免学费、国家助学金、国家奖学金，退役军人、下岗职工、农民工报考高职院校同样享受资助。",
                              "申请截止时间：2020年9月30日。2019学年全市共资助学生1.3万人次，发放资金1560万元。"],
                        side=[("霸州市生源地信用助学贷款办理指南", "2020-07-01"),
                              ("霸州市2020年高职扩招报名须知", "2020-06-08"),
                              ("霸州市退役军人就业创业扶持政策", "2020-05-26")])))

    add("市教育和体育局/2019年政府信息公开工作年度报告.pdf", "5.3", "2020-01-20", "document",
        "信息公开年度报告（文本PDF，新格式表格）；落款2020年1月20日。干扰：报告期2019年1月1日至12月31日、“1月31日前”",
        ("pdf", dict(when=when("2020-01-20", 10, 30), doc=dict(
            title="霸州市教育和体育局2019年政府信息公开工作年度报告",
            body=["本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求编制，内容包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。本报告中所列数据的统计期限自2019年1月1日起至2019年12月31日止。本报告按要求于1月31日前在霸州市人民政府门户网站公开。",
                  ("h", "一、总体情况"),
                  "2019年，我局主动公开政府信息217条，其中招生入学信息36条、学生资助信息19条、体育设施及活动信息28条。",
                  ("h", "二、主动公开政府信息情况"),
                  ("table", [["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"],
                             ["规章", "0", "0", "0"], ["规范性文件", "2", "2", "9"]]),
                  ("h", "三、收到和处理政府信息公开申请情况"),
                  "2019年共收到政府信息公开申请3件，均在法定期限内答复。",
                  ("h", "四、政府信息公开行政复议、行政诉讼情况"),
                  "2019年未发生政府信息公开行政复议、行政诉讼案件。"],
            sign=["霸州市教育和体育局", "2020年1月20日"]))))

    # ---------------- 市人力资源和社会保障局 ----------------
    add("市人力资源和社会保障局/微博截图.png", "2.6", "2020-09-16", "screenshot",
        "社会救助与福利（就业专项活动）：政务微博，时间“2020-9-16 10:32”（月份一位数）；干扰：招聘会9月19日",
        ("weibo", dict(account="霸州人社", avatar="人社", bartitle="微博正文", clock="11:05", h=700,
                       posts=[dict(time="2020-9-16 10:32", via="iPhone客户端",
                                   html="【#高校毕业生就业#】霸州市2020年高校毕业生、退役军人专场招聘会将于<b>9月19日</b>（周六）上午9:00在市人力资源市场举办，86家企业提供岗位2100余个。<br>求职者请携带个人简历，现场实行预约入场、扫码测温。<a>#稳就业保民生#</a> 详情戳→<a>网页链接</a>",
                                   rt=58, cm=13, lk=176)])))

    # ---------------- 市民政局 ----------------
    add("市民政局/养老服务政策清单.html", "2.6", "2020-09-30", "screenshot",
        "社会救助与福利（养老服务）：养老服务扶持政策清单（保存的网页，UTF-8）。发布时间2020-09-30；干扰：引用国办发〔2019〕5号、政策文件日期",
        ("savedhtml", dict(charset="utf-8", url_path="zwgk/zdly/shjz/202009/t20200930_1121.html", page=dict(
            today="2020-11-16", crumbs=["政务公开", "重点领域信息公开", "社会救助与福利"],
            title="霸州市养老服务扶持政策清单及老年人补贴标准",
            date="2020-09-30 15:10", source="霸州市民政局", views=954,
            body=["根据《国务院办公厅关于推进养老服务发展的意见》（国办发〔2019〕5号），现将我市现行养老服务扶持政策和老年人补贴标准公布如下：",
                  "<div class='body'><table><tr><th>政策名称</th><th>对象</th><th>标准</th><th>依据</th></tr>"
                  "<tr><td>高龄津贴</td><td>80周岁以上老年人</td><td>每人每月50—300元</td><td>冀民〔2018〕72号</td></tr>"
                  "<tr><td>经济困难失能老年人护理补贴</td><td>低保家庭失能老人</td><td>每人每月100元</td><td>廊民〔2019〕33号</td></tr>"
                  "<tr><td>养老机构运营补贴</td><td>民办养老机构</td><td>每床每年1200元</td><td>霸政办〔2020〕19号</td></tr>"
                  "<tr><td>社区居家养老服务中心建设补助</td><td>城市社区</td><td>每处10万元</td><td>霸政办〔2020〕19号</td></tr></table></div>",
                  "咨询电话：霸州市民政局养老服务股 0316-7223××××。"],
            side=[("霸州市养老机构名录", "2020-08-14"),
                  ("霸州市2020年城乡低保标准调整公告", "2020-07-01"),
                  ("特困人员救助供养政策问答", "2020-05-22")]))))

    add("市民政局/机构职能.png", "1.3", "2020-04-08", "screenshot",
        "管理公开：部门机构职能页。发布时间2020-04-08；干扰：三定规定印发日期2019年3月、今天是",
        ("portal", dict(today="2020-11-16", crumbs=["政府信息公开", "市民政局", "机构职能"],
                        title="霸州市民政局机构职能",
                        date="2020-04-08 11:20", source="霸州市民政局", views=173,
                        body=["根据《霸州市民政局职能配置、内设机构和人员编制规定》（2019年3月印发），霸州市民政局是市政府工作部门，为正科级。",
                              "主要职责：（一）贯彻执行民政工作的方针政策和法律法规；（二）承担社会救助、社会福利、养老服务、社会组织登记管理、区划地名、婚姻登记、殡葬管理等工作；（三）负责全市最低生活保障、特困人员救助供养、临时救助工作……",
                              "内设机构：办公室、社会救助股、养老服务股、社会事务股、基层政权和社区建设股、社会组织管理股。",
                              "负责人：局长 刘××；副局长 张××、何××。办公地址：霸州市益津中路88号。办公电话：0316-7223××××。"],
                        side=[("霸州市政府机构职能目录", "2020-06-15"),
                              ("霸州市民政局权责清单", "2020-05-06"),
                              ("霸州市民政局2020年部门预算", "2020-02-10")])))

    # ---------------- 市住房和城乡建设局 ----------------
    add("市住房和城乡建设局/老旧小区改造.jpg", "2.7", "2020-06-22", "screenshot",
        "住房保障：2020年老旧小区改造计划公示。发布时间2020-06-22；干扰：公示期至6月28日、2000年以前建成",
        ("portal", dict(today="2020-11-16", crumbs=["政务公开", "重点领域信息公开", "住房保障"],
                        title="霸州市2020年城镇老旧小区改造计划公示",
                        date="2020-06-22 17:05", source="霸州市住房和城乡建设局", views=1208,
                        body=["根据《河北省城镇老旧小区改造实施方案》，我市对2000年以前建成、失养失修失管的城镇老旧小区进行摸底调查，确定2020年改造计划如下：",
                              "<div class='body'><table><tr><th>小区名称</th><th>楼栋数</th><th>户数</th><th>改造内容</th></tr>"
                              "<tr><td>益津小区</td><td>12</td><td>386</td><td>屋面防水、管网、外墙保温</td></tr>"
                              "<tr><td>建设里小区</td><td>8</td><td>244</td><td>管网、道路、照明</td></tr>"
                              "<tr><td>供销社家属院</td><td>4</td><td>96</td><td>楼道、绿化、停车</td></tr></table></div>",
                              "公示期：2020年6月22日至6月28日。对公示内容有异议的，请在公示期内向市住房和城乡建设局反映，电话0316-7225××××。"],
                        side=[("霸州市2020年公租房分配结果公示", "2020-05-29"),
                              ("霸州市农村危房改造对象公示", "2020-04-17"),
                              ("霸州市棚户区改造项目进展情况", "2020-09-10")])))

    add("市住房和城乡建设局/政协提案答复.pdf", "1.5", "2020-07-15", "document",
        "结果公开（建议提案复文）：住建局对政协提案的答复（文本PDF）；落款2020年7月15日。干扰：提案提出时间2020年5月、文号、“15个工作日”",
        ("pdf", dict(when=when("2020-11-18", 9, 48), doc=dict(
            docno="霸住建提复〔2020〕8号",
            title="关于市政协九届四次会议第56号提案的答复",
            body=[("n", "李××委员："),
                  "您在市政协九届四次会议上（2020年5月）提出的《关于加快推进城区老旧小区改造的提案》收悉。现答复如下：",
                  "一、关于改造范围。我市已将2000年以前建成的老旧小区全部纳入改造台账，2020年计划改造3个小区、726户，目前已全部开工。",
                  "二、关于资金筹措。2020年争取中央补助资金1860万元，市财政配套620万元，同时引导产权单位、居民合理分担。",
                  "三、关于长效管理。改造完成后同步引入物业服务或实行社区托管，防止“改了又坏”。",
                  "感谢您对住房和城乡建设工作的关心和支持。本答复将于办结后15个工作日内在市政府门户网站公开。",
                  ("n", "答复类别：A（所提问题已经解决或基本解决）")],
            sign=["霸州市住房和城乡建设局", "2020年7月15日"],
            after=["抄送：市政协提案委，市政府督查室"]))))

    # ---------------- 市应急管理局 ----------------
    add("市应急管理局/IMG_2051.JPG", "2.11", "2020-07-30", "screenshot",
        "灾害事故救援：防御强降雨紧急通知（带浏览器外框和任务栏时钟2020/11/19的电脑截屏）。发布时间2020-07-30；干扰：降雨时段7月31日至8月2日、时钟",
        ("portal", dict(today="2020-11-19", crumbs=["政务公开", "重点领域信息公开", "灾害事故救援"],
                        frame=("14:07", "2020/11/19"), path="zwgk/zdly/zhjy/202007/t20200730_1049.html",
                        title="霸州市应急管理局关于做好强降雨防御工作的紧急通知",
                        date="2020-07-30 18:22", source="霸州市应急管理局", views=3377,
                        body=["据市气象台预报，7月31日夜间至8月2日，我市将出现一次强降雨过程，累计降雨量60—90毫米，局地可达120毫米以上，并伴有短时大风和雷电。",
                              "市防汛抗旱指挥部已于7月30日16时启动防汛Ⅳ级应急响应。各乡镇（区、办）要严格落实24小时值班和领导带班制度，加强对低洼易涝区、危旧房屋、在建工地的巡查。",
                              "各相关部门要提前预置抢险队伍和物资，发生险情立即处置并按规定报告。"],
                        side=[("霸州市防汛应急预案（2020年修订）", "2020-06-05"),
                              ("霸州市2020年汛期避险转移安置点名录", "2020-06-18"),
                              ("霸州市安全生产事故调查报告", "2020-04-29")])))

    # ---------------- 市自然资源和规划局 ----------------
    add("市自然资源和规划局/国有建设用地使用权挂牌出让公告.pdf", "2.13", "2020-10-20", "document",
        "自然资源配置：土地挂牌出让公告（文本PDF）；落款2020年10月20日。干扰：挂牌期11月10日至11月24日（晚于as_of）、报名截止11月22日、公告文号",
        ("pdf", dict(when=when("2020-11-18", 17, 2), doc=dict(
            docno="霸自然资告字〔2020〕12号",
            title="霸州市国有建设用地使用权挂牌出让公告",
            body=["经霸州市人民政府批准，霸州市自然资源和规划局决定以挂牌方式出让2宗国有建设用地使用权。现将有关事项公告如下：",
                  ("table", [["宗地编号", "位置", "面积（㎡）", "用途", "出让年限", "起始价（万元）"],
                             ["BZ2020-17", "东部新城纬三路北侧", "26684", "住宅", "70年", "18650"],
                             ["BZ2020-18", "胜芳镇工业园区", "40012", "工业", "50年", "2160"]]),
                  "一、挂牌时间：2020年11月10日9时至2020年11月24日10时。",
                  "二、申请人可于2020年10月21日至2020年11月22日到霸州市公共资源交易中心获取挂牌出让文件并提交申请，交纳竞买保证金的截止时间为2020年11月22日16时。",
                  "三、本次国有建设用地使用权出让不接受联合申请。",
                  "联系地址：霸州市迎宾路18号　联系电话：0316-7228××××"],
            sign=["霸州市自然资源和规划局", "2020年10月20日"]))))

    # ---------------- 市卫生健康局 ----------------
    add("市卫生健康局/疫情防控通告.jpg", "2.14", "2020-11-02", "screenshot",
        "医疗卫生领域：冬春季疫情防控通告。发布时间2020-11-02；干扰：今天是2020年11月16日、“自发布之日起施行”、引用条例日期",
        ("portal", dict(today="2020-11-16", crumbs=["专题专栏", "疫情防控", "通知公告"],
                        title="关于做好冬春季新冠肺炎疫情防控工作的通告",
                        date="2020-11-02 19:30", source="霸州市卫生健康局", views=8851,
                        body=["当前，国外疫情持续蔓延，国内局部地区出现零星散发病例，冬春季疫情防控形势严峻复杂。为巩固我市疫情防控成果，现就有关事项通告如下：",
                              "一、从境外和国内中高风险地区来（返）霸人员，须提前3天向所在村（社区）报备，并持7日内核酸检测阴性证明。",
                              "二、各医疗机构要严格落实预检分诊和首诊负责制，发热患者一律到发热门诊就诊。",
                              "三、冷链食品经营单位要严格落实进货查验和索证索票制度。",
                              "本通告自发布之日起施行。"],
                        side=[("霸州市发热门诊及核酸检测机构名单", "2020-10-15"),
                              ("霸州市公立医院医疗服务价格公示", "2020-07-20"),
                              ("霸州市2019年度三级公立医院绩效考核结果", "2020-08-25")])))

    # ---------------- 市融媒体中心 ----------------
    add("市融媒体中心/督办卡整改情况报告.docx", "7.1.1", "2020-06-19", "document",
        "政府网站督办卡办理（docx）；落款2020年6月19日。干扰：督办卡下发日期6月10日、整改时限“5个工作日”、监测时间",
        ("docx", dict(created="2020-06-18T08:40:00Z", modified="2020-06-19T02:15:00Z", author="rmt",
                      title="关于政府网站督办卡问题整改情况的报告",
                      body=[("n", "廊坊市人民政府办公室："),
                            "2020年6月10日，我市收到《廊坊市政府网站问题督办卡》（廊政网督〔2020〕7号），指出霸州市人民政府门户网站“政策解读”栏目超过6个月未更新、2处链接不可用。我中心高度重视，立即组织整改，现将情况报告如下：",
                            "一、“政策解读”栏目已补充发布解读稿件5篇，建立每周更新提醒机制。",
                            "二、2处不可用链接已于6月11日修复，并对全站进行了链接检测，未发现其他错链断链。",
                            "三、已在5个工作日内完成全部整改，并举一反三开展了全站自查。"],
                      sign=["霸州市融媒体中心", "2020年6月19日"])))

    add("市融媒体中心/留言办理统计.png", "7.1.2", "2020-11-03", "screenshot",
        "政府门户网站内容保障（留言办理情况统计）。发布时间2020-11-03；干扰：统计期10月1日至10月31日、留言列表中各条日期",
        ("portal", dict(today="2020-11-16", crumbs=["互动交流", "市长信箱", "办理情况统计"],
                        title="2020年10月霸州市人民政府门户网站网民留言办理情况",
                        date="2020-11-03 10:12", source="霸州市融媒体中心", views=514,
                        body=["2020年10月1日至10月31日，霸州市人民政府门户网站“市长信箱”“我要咨询”“我要投诉”等栏目共收到网民留言138件，已按期办结133件，按期办结率96.4%；5件正在办理中，均在办理时限内。",
                              "<div class='body'><table><tr><th>留言时间</th><th>主题</th><th>承办单位</th><th>状态</th></tr>"
                              "<tr><td>2020-10-29</td><td>益津小区供暖管道维修</td><td>市住房和城乡建设局</td><td>已办结</td></tr>"
                              "<tr><td>2020-10-27</td><td>胜芳镇道路积水问题</td><td>胜芳镇</td><td>已办结</td></tr>"
                              "<tr><td>2020-10-26</td><td>城乡居民医保缴费咨询</td><td>市医疗保障局</td><td>已办结</td></tr>"
                              "<tr><td>2020-10-30</td><td>校外培训机构收费投诉</td><td>市教育和体育局</td><td>办理中</td></tr></table></div>"],
                        side=[("2020年9月网民留言办理情况", "2020-10-09"),
                              ("2020年第三季度政府网站工作报表", "2020-10-13"),
                              ("市长信箱留言办理规则", "2019-12-20")])))

    add("市融媒体中心/我为政府网站找错.png", "7.1.3", "2020-10-20", "screenshot",
        "网民纠错留言办理：纠错留言及答复页。网民留言2020-10-19，答复（页面公开）时间2020-10-20 → 2020-10-20；干扰：今天是、“3个工作日”",
        ("portal", dict(today="2020-11-16", crumbs=["互动交流", "我为政府网站找错"],
                        title="关于“政策文件栏目部分附件无法下载”的纠错留言",
                        date=None, views=97,
                        body=["<div class='box'><b>留言时间：</b>2020-10-19 20:41　　<b>留言人：</b>网民****<br>"
                              "<b>留言内容：</b>政府门户网站“政策文件”栏目中《霸州市城乡居民生活垃圾分类实施方案》附件点击后提示404，无法下载。</div>",
                              "<div class='box'><b>答复时间：</b>2020-10-20 10:05　　<b>答复单位：</b>霸州市融媒体中心<br>"
                              "<b>答复内容：</b>感谢您的留言。经核查，该附件因服务器迁移路径变更导致无法下载，现已修复。我们将在3个工作日内完成全站附件链接检测。</div>",
                              "<p>办理状态：已办结　　满意度：满意</p>"],
                        side=[("政府网站网民纠错留言办理规则", "2019-11-08"),
                              ("2020年9月网民纠错留言办理情况", "2020-10-09")],
                        side_title="相关信息")))

    add("市融媒体中心/读网检查记录表.xlsx", "7.1.5", "2020-11-13", "document",
        "网站读网检查机制：读网检查及整改记录表（xlsx）；“填表日期”为文本2020年11月13日。干扰：逐日检查日期单元格（日期格式）",
        ("xlsx", dict(created="2020-10-08T01:00:00Z", modified="2020-11-13T09:20:00Z", widths=[12, 14, 40, 30, 12],
                      sheets=[("读网检查记录", [
                          ["霸州市人民政府门户网站日常读网检查记录表"],
                          ["检查日期", "检查人", "发现问题", "整改情况", "整改日期"],
                          [("date", "2020-10-08"), "褚××", "首页“通知公告”1处错别字", "已更正", ("date", "2020-10-08")],
                          [("date", "2020-10-15"), "褚××", "无", "", ""],
                          [("date", "2020-10-20"), "韩××", "政策文件附件无法下载（网民纠错）", "已修复", ("date", "2020-10-20")],
                          [("date", "2020-10-27"), "褚××", "“政策解读”栏目一篇稿件未关联原文件", "已补充关联", ("date", "2020-10-28")],
                          [("date", "2020-11-03"), "韩××", "无", "", ""],
                          [("date", "2020-11-10"), "褚××", "2处外链失效", "已删除", ("date", "2020-11-10")],
                          [],
                          ["读网负责人：褚××", "", "", "填表日期：2020年11月13日"]], ["A1:E1"])])))

    add("市融媒体中心/信息公开平台首页.png", "7.1.6", None, "screenshot",
        "政府信息公开平台改版升级：改版后的平台首页（栏目结构，法定主动公开内容），无发布日期 → null；列表各条日期为干扰",
        ("portal", dict(today="2020-11-16", crumbs=["霸州市政府信息公开平台"], title="霸州市政府信息公开平台",
                        site="霸州市政府信息公开平台", url="www.bazhou.gov.cn/xxgk",
                        nav=["首页", "政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政府信息公开年报", "依申请公开"],
                        tabs=["机构职能", "法规文件", "规划信息", "财政信息", "重大决策", "人事信息", "政务服务"],
                        listing=[("霸州市人民政府办公室关于进一步规范政务新媒体健康有序发展的通知", "2020-10-22"),
                                 ("霸州市2020年政府预算调整方案", "2020-09-21"),
                                 ("霸州市城乡居民生活垃圾分类实施方案", "2020-08-28"),
                                 ("霸州市老旧小区改造实施方案", "2020-06-19"),
                                 ("霸州市2020年政务公开工作要点", "2020-05-08"),
                                 ("霸州市全面推进基层政务公开标准化规范化工作实施方案", "2020-05-29"),
                                 ("霸州市人民政府2019年政府信息公开工作年度报告", "2020-01-19")],
                        boxes=["<b>法定主动公开内容：</b>机构职能 ｜ 法规文件 ｜ 规划信息 ｜ 财政信息 ｜ 行政许可 ｜ 行政处罚 ｜ 政府采购 ｜ 人事信息 ｜ 重大建设项目 ｜ 公共资源配置"],
                        pager="")))

    add("市融媒体中心/政务新媒体安全自查报告.docx", "7.2.3", "2020-10-23", "document",
        "安全泄密事故及互动回应：政务新媒体安全自查报告（docx）；落款2020年10月23日。干扰：引用（2020）93号通知及其日期10月22日、自查期间",
        ("docx", dict(created="2020-10-23T02:00:00Z", modified="2020-10-23T07:30:00Z", author="rmt",
                      title="霸州市政务新媒体安全管理自查情况报告",
                      body=[("n", "霸州市政务公开办公室："),
                            "按照《霸州市人民政府办公室关于进一步规范政务新媒体健康有序发展的通知》（2020）93号（2020年10月22日印发）要求，我中心对全市开设的28个政务微博、微信公众号、抖音号进行了安全自查，现将情况报告如下：",
                            "一、全市政务新媒体未发生严重表述错误、泄露国家秘密等情况，未发布或链接反动、暴力、色情内容。",
                            "二、未发现购买“粉丝”、强制要求群众点赞等弄虚作假行为。",
                            "三、对网民留言互动实行“当日受理、3日回复”，自查期间（10月12日至10月21日）未发生因回应不当引发的负面舆情。",
                            "四、关停整合长期不更新账号3个，并在市政府门户网站公告。"],
                      sign=["霸州市融媒体中心", "2020年10月23日"])))

    add("市融媒体中心/图解工作要点.png", "4.1", "2020-05-12", "screenshot",
        "错放单位：政策解读的责任单位是市政务公开办，融媒体中心代交（图解稿公众号文章）。文章日期2020-05-12；干扰：被解读文件霸政办〔2020〕14号及其日期5月8日",
        ("wechat", dict(account="霸州融媒", bartitle="霸州融媒", date="2020-05-12", clock="21:18", reads=4410,
                        title="图解丨一图读懂《霸州市2020年政务公开工作要点》",
                        body=["5月8日，霸州市人民政府办公室印发《霸州市2020年政务公开工作要点》（霸政办〔2020〕14号）。一起来看看今年政务公开工作有哪些重点 ↓↓↓",
                              "<div class='img'>图解：2020年政务公开工作要点</div>",
                              "● 围绕“六稳”“六保”加大政策公开和解读力度",
                              "● 政策文件出台后5个工作日内发布解读",
                              "● 年底前完成26个领域基层政务公开标准目录",
                              "● 规范政务新媒体，杜绝“僵尸”“睡眠”账号",
                              "相关文件：霸州市人民政府办公室关于印发《霸州市2020年政务公开工作要点》的通知"])))

    # ---------------- 南孟镇 ----------------
    add("南孟镇/微信图片_20200802093015.jpg", "2.11", "2020-07-31", "screenshot",
        "错放单位：灾害预警的责任单位是市应急管理局，南孟镇转发。公众号文章日期2020-07-31；文件名里的20200802是收图时间（干扰）；正文预警时段",
        ("wechat", dict(account="南孟发布", bartitle="南孟发布", date="2020-07-31", clock="07:58", reads=2870, tag="",
                        title="紧急扩散！霸州市气象台发布暴雨蓝色预警信号",
                        body=["霸州市气象台2020年7月31日16时发布暴雨蓝色预警信号：预计7月31日夜间至8月1日白天，我镇大部分地区将出现暴雨，累计降雨量可达60毫米以上，请注意防范。",
                              "<div class='img'>暴雨蓝色预警</div>",
                              "镇防汛办提醒：低洼地带和危旧房屋居民请提前转移至南孟镇中心小学避险安置点，防汛值班电话0316-7651××××。",
                              "来源：霸州市应急管理局"])))

    # ---------------- 胜芳镇 ----------------
    add("胜芳镇/政府信息公开指南.txt", "5.1", "2020-04-02", "document",
        "信息公开指南（UTF-8纯文本，含BOM）；文末日期2020年4月2日。干扰：条例施行日2019年5月15日、受理时间",
        ("txt", dict(encoding="utf-8-sig", text="""胜芳镇人民政府政府信息公开指南

为了更好地提供政府信息公开服务，根据《中华人民共和国政府信息公开条例》（2019年5月15日起施行）的规定，编制本指南。需要获得本机关政府信息公开服务的公民、法人和其他组织，建议阅读本指南。

一、主动公开
（一）公开范围：机构职能、规范性文件、财政预决算、惠农补贴、低保五保、征地拆迁等信息。
（二）公开形式：霸州市人民政府门户网站“乡镇信息公开”专栏、胜芳镇政务公开栏、“胜芳发布”微信公众号。
（三）公开时限：属于主动公开范围的政府信息，自形成或者变更之日起20个工作日内予以公开。

二、依申请公开
（一）受理机构：胜芳镇党政综合办公室
办公地址：霸州市胜芳镇迎宾路12号
受理时间：工作日上午8:30—12:00，下午14:00—17:30
联系电话：0316-7621××××
（二）申请方式：当面申请、信函申请、网络申请。

三、监督和救济
公民、法人或者其他组织认为本机关在政府信息公开工作中侵犯其合法权益的，可以向霸州市政务公开办公室投诉、举报，也可以依法申请行政复议或者提起行政诉讼。

胜芳镇人民政府
2020年4月2日
""")))

    add("胜芳镇/文件资料移交清单.docx", "5.4", "2020-09-15", "document",
        "信息公开文件移交情况：向市档案馆、图书馆查阅点移交文件清单（docx）；落款移交日期2020年9月15日。干扰：清单中各文件成文日期",
        ("docx", dict(created="2020-09-14T01:00:00Z", modified="2020-09-15T06:00:00Z", author="sfz",
                      title="胜芳镇2020年政府信息公开文件资料移交清单",
                      body=[("n", "接收单位：霸州市档案馆、霸州市图书馆政府信息公开查阅点"),
                            ("table", [["序号", "文件名称", "文号", "成文日期", "份数"],
                                       ["1", "胜芳镇2019年政府信息公开工作年度报告", "—", "2020-01-17", "2"],
                                       ["2", "胜芳镇人民政府政府信息公开指南", "—", "2020-04-02", "2"],
                                       ["3", "胜芳镇2020年部门预算", "—", "2020-02-12", "2"],
                                       ["4", "关于做好2020年防汛工作的通知", "胜政〔2020〕16号", "2020-06-03", "2"]]),
                            ("n", "移交人：赵××　　　接收人：霸州市档案馆 王××、霸州市图书馆 孙××")],
                      sign=["胜芳镇人民政府（章）", "移交日期：2020年9月15日"])))

    # ---------------- 南孟镇: a zip of several files ----------------
    z = "南孟镇/南孟镇政务公开材料.zip"
    add(z + "!/南孟镇政府信息公开指南.docx", "5.1", "2020-03-20", "document",
        "压缩包成员：乡镇信息公开指南（docx）；落款2020年3月20日；干扰：元数据修改于2020-11-17",
        ("docx", dict(created="2020-03-18T01:00:00Z", modified="2020-11-17T08:00:00Z", author="nmz",
                      title="南孟镇人民政府政府信息公开指南",
                      body=["根据《中华人民共和国政府信息公开条例》，结合我镇实际，编制本指南。",
                            ("h", "一、主动公开"),
                            "本镇主动公开的政府信息包括：机构设置及职能、规范性文件、财政预决算、惠农政策及补贴发放、社会救助、村务公开等。公开渠道为霸州市人民政府门户网站南孟镇专栏及镇便民服务中心公开栏。",
                            ("h", "二、依申请公开"),
                            "受理机构：南孟镇党政综合办公室；地址：南孟镇府前街1号；电话0316-7651××××；受理时间：工作日8:30—17:30。"],
                      sign=["南孟镇人民政府", "2020年3月20日"])))
    add(z + "!/南孟镇2019年政府信息公开工作年度报告.pdf", "5.3", "2020-01-18", "document",
        "压缩包成员：乡镇年度报告（文本PDF）；落款2020年1月18日；干扰：统计期2019年、PDF元数据2020-11-17",
        ("pdf", dict(when=when("2020-11-17", 15, 1), doc=dict(
            title="南孟镇2019年政府信息公开工作年度报告",
            body=["本报告依据《中华人民共和国政府信息公开条例》编制，统计期限为2019年1月1日至2019年12月31日。",
                  ("h", "一、总体情况"),
                  "2019年，南孟镇主动公开政府信息86条，其中惠农补贴信息24条、社会救助信息18条、村务公开信息31条。",
                  ("h", "二、收到和处理政府信息公开申请情况"),
                  "2019年未收到政府信息公开申请。",
                  ("h", "三、行政复议、行政诉讼情况"),
                  "2019年未发生政府信息公开行政复议和行政诉讼案件。",
                  ("h", "四、存在的主要问题及改进情况"),
                  "公开内容更新不够及时。2020年将建立信息公开月度检查制度。"],
            sign=["南孟镇人民政府", "2020年1月18日"]))))
    add(z + "!/基层政务公开标准目录截图.png", "3.2", "2020-10-28", "screenshot",
        "压缩包成员：乡镇基层政务公开标准目录网页截图。发布时间2020-10-28；干扰：今天是、目录中“12月底前”",
        ("portal", dict(today="2020-11-17", crumbs=["乡镇信息公开", "南孟镇", "基层政务公开目录"],
                        title="南孟镇基层政务公开标准目录",
                        date="2020-10-28 14:36", source="南孟镇人民政府", views=141,
                        body=["按照《霸州市全面推进基层政务公开标准化规范化工作实施方案》要求，南孟镇编制完成基层政务公开标准目录，现予公布。",
                              "<div class='body'><table><tr><th>序号</th><th>公开事项</th><th>公开内容</th><th>公开时限</th><th>公开渠道</th></tr>"
                              "<tr><td>1</td><td>涉农补贴</td><td>补贴政策、对象、标准、发放结果</td><td>20个工作日内</td><td>政府网站、公开栏</td></tr>"
                              "<tr><td>2</td><td>社会救助</td><td>低保、特困供养对象及标准</td><td>20个工作日内</td><td>政府网站、公开栏</td></tr>"
                              "<tr><td>3</td><td>村务公开</td><td>村级财务、集体资产、惠民项目</td><td>每季度</td><td>村务公开栏</td></tr>"
                              "<tr><td>4</td><td>救灾</td><td>救灾款物分配、避险安置点</td><td>及时</td><td>政府网站、微信</td></tr></table></div>",
                              "本目录将根据法律法规和上级要求动态调整，村务公开事项标准目录于12月底前全部上墙公开。"],
                        side=[("南孟镇2020年惠农补贴发放情况", "2020-09-22"),
                              ("南孟镇2020年部门预算", "2020-02-12")])))
    add(z + "!/村务公开/村务公开事项目录.txt", "3.2", "2020-10-26", "document",
        "压缩包嵌套目录成员：村务公开事项标准目录（GB18030纯文本）；文末日期2020年10月26日；干扰：每季度/每月公开时间",
        ("txt", dict(encoding="gb18030", text="""南孟镇村务公开事项标准目录

一、党务公开：村党组织换届、党员发展、党费收缴，每季度公开一次。
二、村务公开：村级重大事项“四议两公开”决策过程和结果，事后5日内公开。
三、财务公开：村集体收支明细、集体资产资源，每月公开一次，每年1月、7月各集中公开一次。
四、惠民政策：低保、五保、危房改造、耕地地力保护补贴对象及金额，公示期不少于7天。
五、工程项目：村级工程项目招标、施工、验收、资金使用情况，项目完成后及时公开。

南孟镇人民政府
2020年10月26日
""")))
    return I


README = """# Hold-out inbox (issue 6)

An independent, labelled evidence inbox for **measuring** the file→indicator classifier and the
publication-date finder. It was composed from the seed notice
(`shared/seed/000_191db2bad84ccdda.txt`) and general knowledge of county portals, WeChat/Weibo
accounts and official documents only — without looking at the classifier, the date finder, the
catalog (`manifests/`) or the other test data. Do not tune anything on it; use it to report how
well things generalise.

Regenerate with `scripts/make-holdout 1` (needs chromium, soffice, fonts-wqy-microhei). Screenshots
and PDFs are not byte-reproducible across Chromium versions; the committed files are the reference.

## Layout

- `inbox/<unit>/...` — the first folder level is the unit, named as units name themselves
  (`霸州市人民政府办公室`, `市财政局`, `霸州市司法局`, `市政务公开办`, `南孟镇`, `胜芳镇`, ...).
- `labels.json` — `{"as_of": "2020-11-20", "files": [{"source", "indicator", "published", "kind", "note"}]}`.
  `source` is inbox-relative; archive members are `unit/x.zip!/member`. The zip itself is not labelled.

## Label conventions

- **Indicator ids** are positional in the seed table: n-th 一级 = `n`, its m-th 二级 = `n.m`,
  三级 = `n.m.k` (1.1 决策公开 … 1.7 财政信息公开; 2.1 环保 … 2.14 医疗卫生; 3.1/3.2 目录编制;
  4.1–4.3 政策解读; 5.1–5.4 主动公开; 6.1–6.3 依申请公开; 7.1.1–7.1.6 门户网站, 7.2.1–7.2.3
  新媒体平台, 7.3 政府公报; 8.1–8.4 组织保障). One indicator per file: the one the file is
  evidence for, whatever folder it was filed in.
- **published**: a web page's 发布时间 (or, lacking that label, its 更新时间 / 答复时间); a
  WeChat/Weibo post's own date; a document's 成文日期 (the 落款 date by the signature), not the
  印发 line, not 文号 years, not metadata; a ledger/form's 填表/填报/编制 date; a gazette's 出版
  date. `null` for pages that have no single publication date of their own (column index pages,
  account profile pages, timelines, a platform home page) even though they list many dates.
- **kind**: `screenshot` = image of a web/app page or a saved HTML page; `document` = PDF,
  OOXML, plain text, and photos/scans of paper (IMG_2060.JPG is a photo of a paper sign-in sheet,
  so `document`).

## Traps built in

- **Distractor dates** everywhere: `今天是：2020年11月18日 星期三` bars on every portal page,
  Windows taskbar clocks (`2020/11/19`) on desktop screenshots, 相关链接/相关文件 side lists with
  other dates, cited policies (国办函〔2018〕55号, 国务院令第711号 "2019年4月3日修订"), 文号 such as
  霸政办〔2020〕3号 / 霸教体〔2020〕31号, deadlines and periods (`征求意见时间：2020年9月8日至10月8日`,
  `投标截止时间为2020年9月2日`, 挂牌期 11-10…11-24 *after* as_of), event dates that precede the
  publication (`9月24日上午` in an article of 09-25, `7月1日` meeting reported 07-02, `8月8日`
  in a headline published 08-10), 印发 lines later than the signature (`2020年7月13日印发` vs 落款
  7月10日; 8月21日 vs 8月20日), file-name dates (`微信图片_20201105.jpg` for a post of 2020-05-20),
  PDF/OOXML metadata dates from collection time (2020-11-1x), Excel date serials in ledgers.
- **Wrong unit folders** (file proves an indicator another unit is responsible for):
  7.1.4 filed by 霸州市人民政府办公室, 8.3 by 市财政局, 2.14 by 市政务公开办, 4.1 by 市融媒体中心,
  2.11 by 南孟镇. Also cross-unit-prior traps: 市教育和体育局 学生资助 is 2.6 not 2.5; 司法局's
  答复告知书 is 6.2 not 6.3.
- **Unhelpful names**: `IMG_2043.JPG`, `IMG_2051.JPG`, `IMG_2060.JPG`, `微信图片_20201105.jpg`,
  `微信图片_20200802093015.jpg`, `扫描件001.pdf`, `解读稿.html`, `招标公告.html`.
- **Undated pages** (published = null): 预决算公开栏目, 政策解读栏目, 依申请公开栏目, 公众号主页,
  微博主页, 信息公开平台首页.
- **Forms**: portal PNG/JPEG 1366 wide (two with browser frame + taskbar), narrow WeChat/Weibo
  screenshots (414 wide), text PDFs (Chromium print and one LibreOffice conversion), an
  image-only scanned PDF (`扫描件001.pdf`, no text layer), a phone photo of paper, docx and xlsx
  (sharedStrings, date-formatted cells), saved HTML (UTF-8, and one GBK page declaring gb2312),
  plain text (GB18030 with CRLF, UTF-8 with BOM), and a zip with UTF-8 names and a nested folder.

## Files

| source | indicator | published | kind |
|---|---|---|---|
"""


def readme_tail(labels, total):
    inds = {x["indicator"] for x in labels}
    return (f"\n{len(labels)} labelled files ({sum(1 for x in labels if x['published'] is None)} undated), "
            f"{len(inds)} indicators, {total / 1e6:.2f} MB in `inbox/`.\n")


PAGES = {"portal": portal, "wechat": wechat_article, "weibo": weibo_page, "wxprofile": wechat_profile, "doc": doc_html}
