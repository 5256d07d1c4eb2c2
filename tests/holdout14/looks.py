"""Page designs of hold-out 14 (香河县): four desktop designs, a WeChat article, a 政务APP page, photos
of screens and of paper, red-header documents with seals, and scans at a chosen resolution.

Every page function returns (html, (width, height, jpeg_quality)) for Out.shot.
"""
import base64
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "scripts"))
from evidence.templates import FONT, SERIF, esc, html_doc  # noqa: E402

SONG = "'WenQuanYi Zen Hei','WenQuanYi Micro Hei',serif"


def paras(ps):
    return "".join(x if x.startswith("<") else f"<p>{esc(x)}</p>" for x in ps)


def listing(items, cls="ls"):
    return f'<ul class="{cls}">' + "".join(f'<li><b>{esc(t)}</b><i>{esc(d)}</i></li>' for t, d in items) + "</ul>"


# ---- browser chrome (a 360/Edge-like light frame with the address bar) -------------------------
CHROME_CSS = """
.bw{position:absolute;left:0;top:0;overflow:hidden;background:#fff}
.bt{height:34px;background:#dee1e6;font-size:12px;padding-top:6px}
.bt span{display:inline-block;background:#fff;height:28px;line-height:28px;width:230px;padding:0 10px;margin-left:8px;border-radius:6px 6px 0 0;white-space:nowrap;overflow:hidden}
.bt span.o{background:none;color:#555}
.ba{height:36px;background:#fff;border-bottom:1px solid #d0d0d0;padding:4px 10px;font-size:14px}
.ba .k{display:inline-block;color:#777;width:80px;letter-spacing:8px}
.ba .u{display:inline-block;background:#f1f3f4;border-radius:14px;height:28px;line-height:28px;padding:0 14px;width:calc(100% - 160px);color:#222}
.bv{position:absolute;left:0;right:0;bottom:0;overflow:hidden}
.tb{position:absolute;left:0;right:0;bottom:0;height:38px;background:#1f2a36;color:#fff;font-size:12px}
.tb .c{float:right;text-align:right;line-height:16px;padding:3px 12px}
.tb .s{float:left;width:46px;height:38px;background:#2d7dd2}
"""


def chrome(title, css, body, w, h, url, clock=None, q=80):
    """A page inside a browser window with its URL in the address bar; clock=(time, date) adds a taskbar."""
    tb = f'<div class="tb"><div class="s"></div><div class="c">{esc(clock[0])}<br>{esc(clock[1])}</div></div>' if clock else ""
    bottom = 38 if clock else 0
    page = (f'<div class="bw" style="width:{w}px;height:{h}px"><div class="bt"><span>{esc(title[:18])}</span><span class="o">新标签页</span></div>'
            f'<div class="ba"><span class="k">←→⟳</span><span class="u">{esc(url)}</span></div>'
            f'<div class="bv" style="top:70px;bottom:{bottom}px">{body}</div>{tb}</div>')
    return html_doc(title, css + CHROME_CSS + f"html,body{{width:{w}px;height:{h}px;overflow:hidden}}", page), (w, h, q)


def finish(a, css, body):
    """Zoom, size, frame and quality of a desktop page. a: w, h, zoom, frame (url, clock), q."""
    w, h = a.get("w", 1366), a.get("h", 860)
    z = a.get("zoom", 1.0)
    inner = f'<div style="zoom:{z};width:{w / z:.0f}px">{body}</div>'
    if a.get("frame"):
        return chrome(a["title"], css, inner, w, h, a["frame"], a.get("clock"), a.get("q", 80))
    return html_doc(a["title"], css + f"html,body{{width:{w}px;height:{h}px;overflow:hidden}}", inner), (w, h, a.get("q", 85))


# ---- design 1: "plum" — 香河县人民政府 portal (TRS-like provincial cluster template) ----------------
PLUM_CSS = """
*{margin:0;padding:0;box-sizing:border-box}body{font-family:%s;color:#333;background:#efeae6}
.pt{height:30px;line-height:30px;background:#4a1f33;color:#e8d6de;font-size:12px;padding:0 8%%}
.pt span{float:right}
.ph{height:120px;background:linear-gradient(90deg,#7a2948,#a8476a 60%%,#c98aa0);padding:26px 8%%;color:#fff}
.ph .e{float:left;width:66px;height:66px;border-radius:33px;border:3px solid #f3d37a;margin-right:16px;text-align:center;line-height:60px;color:#f3d37a;font-size:13px}
.ph .n{font-size:36px;letter-spacing:6px;font-family:%s}
.ph .s{font-size:12px;letter-spacing:1px;opacity:.85}
.pn{height:48px;background:#5c1d38;padding:0 8%%;display:flex}
.pn a{flex:1;text-align:center;color:#fff;line-height:48px;font-size:17px;border-right:1px solid #7a3a55}
.pn a.on{background:#f3d37a;color:#5c1d38}
.pc{margin:16px 8%%;background:#fff;padding:18px 46px 30px;min-height:900px}
.pw{font-size:13px;color:#8a6a78;border-bottom:1px solid #e8dfe3;padding-bottom:8px;margin-bottom:16px}
.pc h1{text-align:center;font-size:25px;color:#3a1526;line-height:38px;margin:10px 40px}
.pi{text-align:center;font-size:13px;color:#666;background:#f7f2f4;margin:10px 0 18px;padding:6px}
.pi em{font-style:normal;margin:0 10px}
.px p{font-size:16.5px;line-height:31px;text-indent:2em;margin-bottom:8px}
.px p.r{text-align:right}
.px table{border-collapse:collapse;width:100%%;font-size:14px;margin:8px 0}.px td{border:1px solid #bbb;padding:5px;text-align:center}
.pf{text-align:right;color:#bbb;font-size:12px;margin-top:20px}
.lc{display:flex}.lm{width:220px;margin-right:26px}.lm div{background:#7a2948;color:#fff;padding:12px;font-size:17px}
.lm p{border-bottom:1px solid #eee;padding:10px 14px;font-size:15px}.lm p.on{color:#7a2948;font-weight:bold}
.ls{flex:1;list-style:none}.ls li{display:flex;border-bottom:1px dashed #ddd;line-height:44px;font-size:15px}
.ls li b{flex:1;font-weight:normal;overflow:hidden;white-space:nowrap;text-overflow:ellipsis}.ls li i{font-style:normal;color:#999;margin-left:14px}
.pg{text-align:center;color:#777;font-size:13px;margin-top:14px}
"""


def plum(a):
    """a: title, crumb, info (html under the title or None), foot (light text at the foot), paras,
    listing (a column page: menu, items), site, today (None)."""
    site = a.get("site", "香河县人民政府")
    nav = ["首页", "政务公开", "政务服务", "互动交流", "走进香河", "专题专栏"]
    on = a.get("on", "政务公开")
    head = (f'<div class="pt">欢迎访问{esc(site)}门户网站<span>无障碍阅读 | 长者模式 | 手机版 | 微信 | 微博</span></div>'
            f'<div class="ph"><div class="e">香河</div><div class="n">{esc(site)}</div><div class="s">www.xianghe.gov.cn</div></div>'
            '<div class="pn">' + "".join(f'<a class="{"on" if n == on else ""}">{n}</a>' for n in nav) + '</div>')
    crumb = f'<div class="pw">您现在的位置：{esc(" > ".join(a.get("crumb", ["首页", "政务公开"])))}</div>'
    if a.get("listing") is not None:
        menu, items = a["menu"], a["listing"]
        m = "".join(f'<p class="{"on" if x == a["title"] else ""}">{esc(x)}</p>' for x in menu)
        main = (f'{crumb}<div class="lc"><div class="lm"><div>{esc(a.get("menu_title", "政务公开"))}</div>{m}</div>'
                f'<div style="flex:1">{listing(items)}<div class="pg">共{a.get("total", 86)}条 首页 上一页 1 2 3 4 下一页 尾页</div></div></div>')
    else:
        info = f'<div class="pi">{a["info"]}</div>' if a.get("info") else '<div style="height:14px"></div>'
        foot = f'<div class="pf">{esc(a["foot"])}</div>' if a.get("foot") else ""
        main = f'{crumb}<h1>{esc(a["title"])}</h1>{info}<div class="px">{paras(a["paras"])}</div>{foot}'
    return finish(a, PLUM_CSS % (FONT, SONG), f'{head}<div class="pc">{main}</div>')


# ---- design 2: "olive" — 香河县政府信息公开平台 with a folded 文件信息 card ---------------------------
OLIVE_CSS = """
*{margin:0;padding:0;box-sizing:border-box}body{font-family:%s;color:#2b2b2b;background:#f4f3ec}
.oh{height:92px;background:#4d5a2a;color:#fff;padding:18px 5%%;border-bottom:5px solid #b59b3d}
.oh .t{font-size:30px;letter-spacing:3px}.oh .t small{font-size:15px;margin-left:14px;color:#e5dcae;letter-spacing:0}
.oh .q{float:right;background:#fff;width:300px;height:34px;margin-top:6px;border-radius:17px;color:#aaa;font-size:13px;padding:8px 16px}
.ob{display:flex;margin:16px 5%%}
.om{width:250px;background:#fff;border:1px solid #dcd8c4;margin-right:16px}
.om h3{background:#b59b3d;color:#fff;font-size:16px;padding:10px 14px;font-weight:normal}
.om p{font-size:14px;padding:9px 18px;border-bottom:1px solid #eee9d5}.om p.on{background:#eef0e2;color:#4d5a2a;font-weight:bold}
.oc{flex:1;background:#fff;border:1px solid #dcd8c4;padding:16px 34px 30px;min-height:880px}
.ow{font-size:13px;color:#777;margin-bottom:12px}
.card{border-left:5px solid #b59b3d;background:#faf8ef;padding:8px 18px;font-size:13.5px;line-height:25px;margin-bottom:14px}
.card b{display:inline-block;width:86px;color:#6b6b55;font-weight:normal}
.card .h{color:#4d5a2a;font-weight:bold;margin-bottom:2px}
.oc h1{text-align:center;font-size:23px;line-height:36px;margin:8px 30px 16px;color:#222}
.ox p{font-size:16px;line-height:30px;text-indent:2em;margin-bottom:8px}.ox p.r{text-align:right}
.ox table{border-collapse:collapse;width:100%%;font-size:14px}.ox td{border:1px solid #aaa;padding:5px;text-align:center}
.ot{width:100%%;border-collapse:collapse;font-size:14px}.ot th{background:#eef0e2;padding:8px;border:1px solid #dcd8c4;font-weight:normal}
.ot td{padding:8px;border:1px solid #e8e4d2}.ot td.c{text-align:center;color:#666}
.og{text-align:right;font-size:13px;color:#666;margin-top:12px}
.oi{display:grid;grid-template-columns:repeat(4,1fr);gap:14px;margin-top:6px}.oi div{border:1px solid #dcd8c4;padding:18px;text-align:center;font-size:15px;background:#fbfaf4}
"""


def olive(a):
    """a: title, unit (the platform's 发布机构 on the left), card [(k, v)] or None, paras; or
    table (a column page: [(no, title, date)]) or home (the platform home: tiles)."""
    menu = a.get("menu", ["信息公开指南", "信息公开制度", "法定主动公开内容", "信息公开年报", "依申请公开", "政策解读", "政务公开目录"])
    m = "".join(f'<p class="{"on" if x == a.get("menu_on") else ""}">{esc(x)}</p>' for x in menu)
    head = (f'<div class="oh"><div class="q">请输入检索内容</div><div class="t">香河县政府信息公开平台<small>{esc(a.get("unit", "香河县人民政府"))}</small></div></div>')
    crumb = f'<div class="ow">当前位置：{esc(" > ".join(a.get("crumb", ["首页"])))}</div>'
    if a.get("table") is not None:
        rows = "".join(f'<tr><td class="c">{esc(n)}</td><td>{esc(t)}</td><td class="c">{esc(d)}</td></tr>' for n, t, d in a["table"])
        main = (f'{crumb}<table class="ot"><tr><th style="width:190px">索引号</th><th>名称</th><th style="width:130px">发布日期</th></tr>{rows}</table>'
                f'<div class="og">共 {a.get("total", 42)} 条记录 1/5 页 首页 上一页 下一页 尾页</div>')
    elif a.get("home"):
        tiles = "".join(f'<div>{esc(x)}</div>' for x in a["home"])
        main = (f'{crumb}<div class="card"><div class="h">公告</div>{esc(a.get("notice", ""))}</div><div class="oi">{tiles}</div>'
                f'<div class="og" style="text-align:left;margin-top:20px">{esc(a.get("foot", ""))}</div>')
    else:
        card = ""
        if a.get("card"):
            card = '<div class="card"><div class="h">【文件信息】</div>' + "".join(f'<div><b>{esc(k)}：</b>{esc(v)}</div>' for k, v in a["card"]) + "</div>"
        main = f'{crumb}{card}<h1>{esc(a["title"])}</h1><div class="ox">{paras(a["paras"])}</div>'
    body = f'{head}<div class="ob"><div class="om"><h3>{esc(a.get("menu_title", "公开目录"))}</h3>{m}</div><div class="oc">{main}</div></div>'
    return finish(a, OLIVE_CSS % FONT, body)


# ---- design 3: "plain" — a 1024-wide department site of the old kind ----------------------------
PLAIN_CSS = """
*{margin:0;padding:0}body{font-family:%s;background:#d9d9d9;color:#000;font-size:12px}
.pb{width:1000px;margin:0 auto;background:#fff}
.ban{height:86px;background:#1d5c8f;color:#fff;font-size:28px;padding:22px 24px;font-weight:bold;letter-spacing:2px}
.ban span{font-size:12px;font-weight:normal;display:block;letter-spacing:0;color:#cde}
.nav{background:#e9eef3;border-bottom:2px solid #1d5c8f;height:28px;line-height:28px;padding-left:16px;font-size:13px}
.nav a{margin-right:26px;color:#1d5c8f}
.bd{padding:10px 18px 30px;min-height:640px}
.loc{color:#555;border-bottom:1px solid #ccc;padding-bottom:4px;margin-bottom:12px}
.bd h2{text-align:center;font-size:18px;color:#c00;margin:10px 0 4px}
.dl{text-align:center;color:#666;margin-bottom:10px}
.tx p{font-size:14px;line-height:25px;text-indent:2em;margin-bottom:4px}.tx p.r{text-align:right}
.tx table{border-collapse:collapse;width:100%%}.tx td{border:1px solid #888;padding:3px;text-align:center;font-size:12px}
.ft{text-align:center;color:#999;border-top:1px solid #ccc;margin-top:26px;padding-top:8px;line-height:20px}
.lt li{list-style:none;line-height:26px;border-bottom:1px dotted #bbb;display:flex;font-size:13px}.lt li b{flex:1;font-weight:normal}.lt li i{font-style:normal;color:#666}
"""


def plain(a):
    """a: site, title, dl (text under the title, e.g. '[2020-08-11]') or None, paras, foot; or listing."""
    site = a.get("site", "香河县住房和城乡建设局")
    nav = "".join(f"<a>{n}</a>" for n in ["首页", "机构设置", "政务公开", "政策法规", "办事指南", "公示公告", "联系我们"])
    loc = f'<div class="loc">当前位置：{esc(" >> ".join(a.get("crumb", ["首页", "政务公开"])))}</div>'
    if a.get("listing") is not None:
        main = f'{loc}{listing(a["listing"], "lt")}<div class="dl" style="margin-top:10px">共{a.get("total", 37)}条记录 页次:1/3 首页 上一页 下一页 尾页</div>'
    else:
        dl = f'<div class="dl">{a["dl"]}</div>' if a.get("dl") else ""
        main = f'{loc}<h2>{esc(a["title"])}</h2>{dl}<div class="tx">{paras(a["paras"])}</div>'
    foot = f'<div class="ft">{a.get("foot", "")}<br>主办：{esc(site)}　地址：香河县新华大街　冀ICP备05012345号</div>'
    a = dict(a, w=a.get("w", 1024))
    return finish(a, PLAIN_CSS % SONG, f'<div class="pb"><div class="ban">{esc(site)}<span>xianghe county</span></div><div class="nav">{nav}</div><div class="bd">{main}</div>{foot}</div>')


# ---- design 4: "steel" — a wide 廊坊 集约化 department sub-site -----------------------------------
STEEL_CSS = """
*{margin:0;padding:0;box-sizing:border-box}body{font-family:%s;background:#e6ebef;color:#222}
.sh{height:150px;background:linear-gradient(180deg,#2f4a63,#476c8c);color:#fff;padding:38px 12%%}
.sh .n{font-size:40px;letter-spacing:4px}.sh .u{font-size:14px;color:#c7d6e3;margin-top:4px}
.sn{background:#1e3246;height:52px;padding:0 12%%}.sn a{display:inline-block;color:#dfe9f2;line-height:52px;font-size:18px;padding:0 26px}
.sn a.on{background:#e0a030;color:#1e3246}
.sm{margin:22px 12%%;background:#fff;padding:24px 60px 40px;min-height:820px;box-shadow:0 2px 8px rgba(0,0,0,.08)}
.sc{font-size:14px;color:#7a8a99;margin-bottom:18px}
.sm h1{text-align:center;font-size:28px;line-height:42px;color:#1e3246;margin:8px 60px 12px}
.si{text-align:center;font-size:14px;color:#8795a3;border-bottom:1px solid #e3e8ec;padding-bottom:14px;margin-bottom:20px}
.si span{margin:0 14px}
.sx p{font-size:18px;line-height:34px;text-indent:2em;margin-bottom:10px}.sx p.r{text-align:right}
.sx table{border-collapse:collapse;width:100%%;font-size:15px}.sx td{border:1px solid #b8c4cf;padding:6px;text-align:center}
.sl li{list-style:none;display:flex;line-height:52px;border-bottom:1px solid #edf0f3;font-size:17px}
.sl li b{flex:1;font-weight:normal}.sl li i{font-style:normal;color:#8795a3;margin-left:20px}
.sf{font-size:13px;color:#b8c1c9;text-align:left;margin-top:30px;border-top:1px solid #eee;padding-top:8px}
"""


def steel(a):
    """a: site, sub, title, info (html strip) or None, paras, foot; or listing."""
    site = a.get("site", "香河县应急管理局")
    nav = ["首页", "机构概况", "信息公开", "政策文件", "工作动态", "互动交流"]
    on = a.get("on", "信息公开")
    head = (f'<div class="sh"><div class="n">{esc(site)}</div><div class="u">{esc(a.get("sub", "廊坊市政府网站集约化平台"))}</div></div>'
            '<div class="sn">' + "".join(f'<a class="{"on" if n == on else ""}">{n}</a>' for n in nav) + '</div>')
    crumb = f'<div class="sc">首页 / {esc(" / ".join(a.get("crumb", ["信息公开"])))}</div>'
    if a.get("listing") is not None:
        main = f'{crumb}{listing(a["listing"], "sl")}'
    else:
        info = f'<div class="si">{a["info"]}</div>' if a.get("info") else '<div class="si"></div>'
        foot = f'<div class="sf">{esc(a["foot"])}</div>' if a.get("foot") else ""
        main = f'{crumb}<h1>{esc(a["title"])}</h1>{info}<div class="sx">{paras(a["paras"])}</div>{foot}'
    a = dict(a, w=a.get("w", 1920), h=a.get("h", 1040))
    return finish(a, STEEL_CSS % FONT, f'{head}<div class="sm">{main}</div>')


# ---- phone: WeChat article, 政务APP ------------------------------------------------------------
WX_CSS = """
*{margin:0;padding:0;box-sizing:border-box}body{font-family:%s;background:#fff;overflow:hidden}
.st{height:26px;font-size:13px;padding:4px 18px;font-weight:bold}.st span{float:right;font-weight:normal}
.tt{height:44px;border-bottom:1px solid #eee;text-align:center;line-height:44px;color:#333}
.ar{padding:20px 18px}
.ar h2{font-size:22px;line-height:32px;margin-bottom:12px;color:#111}
.mt{font-size:14px;color:#b2b2b2;margin-bottom:20px}.mt a{color:#576b95;margin-right:8px}
.ar p{font-size:17px;line-height:30px;margin-bottom:16px;color:#333;text-align:justify}
.im{height:170px;background:linear-gradient(120deg,#7fa7c9,#36648b);margin-bottom:16px;color:#fff;text-align:center;padding-top:70px;font-size:18px}
.rd{font-size:14px;color:#999;margin-top:10px}
"""


def wechat(a):
    """a: title, account, byline (text after the account; '' for none), paras, w (414/390/1080), pic, clock."""
    w = a.get("w", 414)
    z = w / 414
    pic = f'<div class="im">{esc(a["pic"])}</div>' if a.get("pic") else ""
    mt = f'<div class="mt"><a>{esc(a["account"])}</a>{esc(a.get("byline", ""))}</div>'
    body = (f'<div style="zoom:{z}"><div class="st">{esc(a.get("clock", "10:26"))}<span>5G 64%</span></div><div class="tt">×　　　　　　　　　　　···</div>'
            f'<div class="ar"><h2>{esc(a["title"])}</h2>{mt}{pic}{paras(a["paras"])}<div class="rd">{esc(a.get("reads", "阅读 3260　在看 41"))}</div></div></div>')
    h = int(a.get("h", 860) * z)
    return html_doc(a["title"], WX_CSS % FONT + f"html,body{{width:{w}px;height:{h}px}}", body), (w, h, a.get("q", 78))


APP_CSS = """
*{margin:0;padding:0;box-sizing:border-box}body{font-family:%s;background:#f5f6f8;width:720px;overflow:hidden}
.as{height:48px;background:#c8161d;color:#fff;font-size:22px;padding:10px 28px}.as span{float:right;font-size:20px}
.ah{height:92px;background:#c8161d;color:#fff;text-align:center;font-size:32px;line-height:92px;position:relative}
.ah:before{content:'<';position:absolute;left:28px;font-size:36px}
.ac{background:#fff;margin:0;padding:32px 36px}
.ac h2{font-size:38px;line-height:56px;color:#111;margin-bottom:20px}
.am{font-size:26px;color:#999;margin-bottom:28px}
.ac p{font-size:31px;line-height:54px;margin-bottom:22px;text-indent:2em;color:#333}
.hl{background:#fff}.hl div{padding:26px 32px;border-bottom:1px solid #eee;font-size:30px;line-height:44px}.hl i{display:block;font-style:normal;color:#999;font-size:24px}
.tabs{display:flex;background:#fff;border-bottom:1px solid #ddd}.tabs span{flex:1;text-align:center;font-size:28px;line-height:80px}.tabs span.on{color:#c8161d;border-bottom:4px solid #c8161d}
"""


def app(a):
    """A 政务APP page ("香河发布" client), 720 wide: an article (title, meta, paras) or a list (items)."""
    if a.get("items") is not None:
        inner = ('<div class="tabs">' + "".join(f'<span class="{"on" if i == 0 else ""}">{t}</span>' for i, t in enumerate(a.get("tabs", ["要闻", "公开", "服务", "互动"]))) + '</div>'
                 '<div class="hl">' + "".join(f'<div>{esc(t)}<i>{esc(m)}</i></div>' for t, m in a["items"]) + '</div>')
    else:
        inner = f'<div class="ac"><h2>{esc(a["title"])}</h2><div class="am">{esc(a["meta"])}</div>{paras(a["paras"])}</div>'
    body = f'<div class="as">{esc(a.get("clock", "14:08"))}<span>4G ▮▮▮ 71%</span></div><div class="ah">{esc(a.get("head", "香河发布"))}</div>{inner}'
    return html_doc(a.get("title", "香河发布"), APP_CSS % FONT + "html,body{height:1480px}", body), (720, 1480, a.get("q", 80))


# ---- photos ------------------------------------------------------------------------------------
def _frame_src(page_html):
    return "data:text/html;charset=utf-8;base64," + base64.b64encode(page_html.encode("utf-8")).decode()


def screen_photo(page, w=1200, h=900, rot=-1.6, tilt=6, moire=True, glare=True, q=70):
    """A phone photo of a monitor showing `page` ((html, (pw, ph, _))): bezel, perspective, moiré, glare."""
    ph_html, (pw, ph, _) = page
    s = (w - 120) / pw
    css = (f"*{{margin:0;padding:0}}html,body{{width:{w}px;height:{h}px;overflow:hidden;background:radial-gradient(ellipse at 50% 40%,#5a5a5a,#1c1c1c)}}"
           f".mon{{position:absolute;left:40px;top:40px;width:{pw + 40}px;height:{ph + 40}px;background:#111;padding:20px;border-radius:8px;"
           f"transform-origin:0 0;transform:perspective(2400px) rotateY({tilt}deg) rotate({rot}deg) scale({s:.3f})}}"
           f"iframe{{border:0;width:{pw}px;height:{ph}px;background:#fff;filter:brightness(1.04) saturate(.85) blur(.35px)}}"
           ".mo{position:absolute;left:0;top:0;width:100%;height:100%;pointer-events:none;"
           + ("background:repeating-linear-gradient(12deg,rgba(40,0,80,.05) 0 2px,rgba(0,60,40,.04) 2px 5px);" if moire else "")
           + "}"
           ".gl{position:absolute;left:0;top:0;width:100%;height:100%;"
           + ("background:radial-gradient(ellipse at 72% 22%,rgba(255,255,255,.38),rgba(255,255,255,0) 35%);" if glare else "")
           + "}")
    return html_doc("photo", css, f'<div class="mon"><iframe src="{_frame_src(ph_html)}"></iframe></div><div class="mo"></div><div class="gl"></div>'), (w, h, q)


def phone_photo(page, w=1080, h=1440, rot=3.0, q=72):
    """A phone photo of another phone showing a phone page."""
    ph_html, (pw, ph, _) = page
    s = (h - 160) / ph
    css = (f"*{{margin:0;padding:0}}html,body{{width:{w}px;height:{h}px;overflow:hidden;background:linear-gradient(150deg,#9a8b76,#5d5040)}}"
           f".ph{{position:absolute;left:{(w - pw * s) / 2:.0f}px;top:70px;width:{pw + 24}px;height:{ph + 60}px;background:#0d0d0d;border-radius:40px;padding:30px 12px;"
           f"transform-origin:50% 0;transform:rotate({rot}deg) scale({s:.3f})}}iframe{{border:0;width:{pw}px;height:{ph}px;background:#fff}}"
           ".gl{position:absolute;left:0;top:0;width:100%;height:100%;background:linear-gradient(200deg,rgba(255,255,255,.22),rgba(255,255,255,0) 30%)}")
    return html_doc("photo", css, f'<div class="ph"><iframe src="{_frame_src(ph_html)}"></iframe></div><div class="gl"></div>'), (w, h, q)


def paper_photo(doc, w=1200, h=1600, rot=-1.8, board=False, q=70):
    """A phone photo of a printed sheet: on a desk, or pinned in a 公开栏 behind glass (board=True)."""
    s = (w - 200) / 794
    bg = ("linear-gradient(180deg,#2d5a8a,#244a72)" if board else "radial-gradient(ellipse at 40% 35%,#8a7760,#4e3f30 75%)")
    css = (f"*{{margin:0;padding:0}}html,body{{width:{w}px;height:{h}px;overflow:hidden;background:{bg}}}"
           f".pp{{position:absolute;left:100px;top:90px;width:794px;height:1123px;background:#f7f5ee;transform-origin:0 0;"
           f"transform:rotate({rot}deg) scale({s:.3f});box-shadow:10px 16px 30px rgba(0,0,0,.5)}}iframe{{border:0;width:794px;height:1123px}}"
           ".gl{position:absolute;left:0;top:0;width:100%;height:100%;background:"
           + ("linear-gradient(115deg,rgba(255,255,255,0) 30%,rgba(255,255,255,.35) 42%,rgba(255,255,255,0) 52%),linear-gradient(160deg,rgba(0,0,0,0) 60%,rgba(0,0,0,.25))" if board
              else "linear-gradient(160deg,rgba(255,255,255,.15),rgba(0,0,0,0) 45%,rgba(0,0,0,.2))") + "}")
    return html_doc("photo", css, f'<div class="pp"><iframe src="{_frame_src(doc)}" scrolling="no"></iframe></div><div class="gl"></div>'), (w, h, q)


# ---- documents -----------------------------------------------------------------------------------
DOC_CSS = """
@page{size:A4;margin:0}
*{margin:0;padding:0}html,body{background:#fff}
body{font-family:%s;color:#111;font-size:20px;line-height:1.75;width:794px;min-height:1123px;padding:76px 86px 60px;box-sizing:border-box;position:relative}
.red{color:#d0021b;text-align:center;font-size:38px;letter-spacing:3px;line-height:1.3;margin-top:6px}
.no{text-align:center;font-size:17px;margin:14px 0 4px}
.rl{border-top:2px solid #d0021b;margin-bottom:26px}
h1{font-size:25px;text-align:center;line-height:1.5;margin:10px 0 20px;font-weight:normal}
p{text-indent:2em;text-align:justify}p.n{text-indent:0}p.r{text-align:right;text-indent:0;padding-right:20px}
table{border-collapse:collapse;width:100%%;font-size:15px;line-height:1.5;margin:8px 0}td{border:1px solid #000;padding:3px 5px;text-align:center}
.sig{margin-top:34px;position:relative}
.seal{position:absolute;width:150px;height:150px;border:4px solid rgba(214,20,30,.78);border-radius:50%%;color:rgba(214,20,30,.78);
 text-align:center;font-size:15px;line-height:1.2;padding-top:14px;box-sizing:border-box;transform:rotate(-14deg)}
.seal:after{content:'\\2605';position:absolute;left:0;right:0;top:48px;font-size:40px}
.yf{margin-top:40px;border-top:1px solid #000;border-bottom:1px solid #000;font-size:16px;padding:3px 6px;display:flex;justify-content:space-between}
.hw{font-family:cursive;color:#1b3f8f;font-size:22px;transform:rotate(-3deg)}
"""


def doc(d):
    """A document page: red (the issuing organ in red) or None, no (文号), title, to, paras, sign (unit),
    date (the 落款 text), seal (the seal's text, put over the date), yinfa (two strings), note (after)."""
    parts = []
    if d.get("red"):
        parts.append(f'<div class="red">{esc(d["red"])}</div>')
        if d.get("no"):
            parts.append(f'<div class="no">{esc(d["no"])}</div>')
        parts.append('<div class="rl"></div>')
    parts.append(f'<h1>{esc(d["title"])}</h1>')
    if d.get("to"):
        parts.append(f'<p class="n">{esc(d["to"])}</p>')
    parts.append(paras(d["paras"]))
    if d.get("sign") or d.get("date"):
        seal = ""
        if d.get("seal"):
            seal = f'<div class="seal" style="right:{d.get("seal_right", 40)}px;top:{d.get("seal_top", -34)}px">{esc(d["seal"])}</div>'
        lines = "".join(f'<p class="r">{esc(x)}</p>' for x in ([d["sign"]] if d.get("sign") else []) + ([d["date"]] if d.get("date") else []))
        parts.append(f'<div class="sig">{lines}{seal}</div>')
    if d.get("after"):
        parts.append(paras(d["after"]))
    if d.get("yinfa"):
        a, b = d["yinfa"]
        parts.append(f'<div class="yf"><span>{esc(a)}</span><span>{esc(b)}</span></div>')
    return html_doc(d["title"], DOC_CSS % SERIF, "".join(parts))


def scan(o, src, doc_html, dpi=200, gray=True, rot=0.5, q=62, collected="20201118101500"):
    """An image-only PDF of a flatbed scan of doc_html at dpi (150/200/300): the page image is
    rendered at A4 x dpi, then wrapped full-page into a PDF (no text layer)."""
    w = {150: 1240, 200: 1654, 300: 2480}[dpi]
    h = int(w * 297 / 210)
    s = w / 794
    flt = "grayscale(1) contrast(1.3)" if gray else "contrast(1.12) saturate(.9)"
    css = (f"*{{margin:0;padding:0}}html,body{{width:{w}px;height:{h}px;overflow:hidden;background:#fdfdfb}}"
           f".pp{{position:absolute;left:0;top:0;width:794px;height:1123px;transform-origin:0 0;transform:translate({w * .01:.0f}px,{w * .008:.0f}px) rotate({rot}deg) scale({s * .98:.3f});filter:{flt}}}"
           "iframe{border:0;width:794px;height:1123px}"
           ".ed{position:absolute;left:0;top:0;width:100%;height:100%;background:linear-gradient(90deg,rgba(0,0,0,.07),rgba(0,0,0,0) 4%,rgba(0,0,0,0) 96%,rgba(0,0,0,.09))}")
    page = html_doc("scan", css, f'<div class="pp"><iframe src="{_frame_src(doc_html)}" scrolling="no"></iframe></div><div class="ed"></div>')
    img = os.path.join(o.tmp, f"scan14_{len(o.jobs[0]):03d}.jpg")
    o.jobs[0].append(("shot", o.html_file(page), img, (w, h, q)))
    wrap = html_doc("scan", "@page{size:A4;margin:0}*{margin:0;padding:0}img{display:block;width:210mm;height:296.5mm}", f'<img src="file://{img}">')
    p = o.path(src)
    o.jobs[1].append(("pdf", o.html_file(wrap), p, None))
    o.pdfs.append((p, collected))
