"""Page designs of hold-out 13 (大城县): five desktop looks, a browser frame, phone pages, photos of
screens and paper, red-header documents with seals, and scans at chosen dpi. Every desktop/phone
function returns (html, (w, h, quality)); doc() returns printable A4 html."""
import html as _h
import re

FONT = "'WenQuanYi Micro Hei','WenQuanYi Zen Hei',sans-serif"
SERIF = "'WenQuanYi Zen Hei','WenQuanYi Micro Hei',serif"


def esc(s):
    return _h.escape(s, quote=True)


def paras(ps):
    return "".join(x if x.startswith("<") else f"<p>{esc(x)}</p>" for x in ps)


def page(title, css, body):
    return (f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{esc(title)}</title>'
            f'<style>{css}</style></head><body>{body}</body></html>')


BASE = "*{margin:0;padding:0;box-sizing:border-box}ul{list-style:none}body{font-family:%s;overflow:hidden}" % FONT

# ---------------------------------------------------------------- desktop designs (inner page)
# p: title, crumb, paras | listing [(t, d)] | form [(k, v)], dateline (html), foot (html), grid [(k, v)],
#    side (title, [(t, d)]), site, url


def amber(p):
    """TRS-style 河北 provincial cluster county site: white head with round emblem, burnt-orange nav
    with bars, beige info strip under the title."""
    css = """
.top{height:4px;background:#e0782b}.hd{background:#fff;height:96px;padding:18px 0 0 70px;border-bottom:1px solid #eee}
.em{float:left;width:60px;height:60px;border-radius:30px;background:radial-gradient(#f4c542,#d2301c 70%%);margin-right:14px}
.hd .n{font-size:32px;font-family:%(serif)s;color:#222;font-weight:bold;letter-spacing:4px;line-height:40px}
.hd .e{font-size:11px;color:#b46b2f;letter-spacing:2px}
.nv{background:#c8641e;height:42px;line-height:42px;padding-left:70px;color:#fff;font-size:15px}
.nv span{padding:0 26px;border-right:1px solid #e49a62}
.bd{padding:14px 70px;background:#f6f1ea;min-height:900px}
.cr{font-size:13px;color:#8a6a4a;margin-bottom:10px}
.card{background:#fff;border-top:3px solid #c8641e;padding:22px 60px 30px}
h1{font-size:24px;color:#1e1e1e;text-align:center;line-height:36px}
.info{background:#f7efe4;color:#7b6653;font-size:13px;text-align:center;padding:7px;margin:12px 0 18px}
.info b{font-weight:normal;margin:0 10px}
.tx p{font-size:16px;line-height:30px;text-indent:2em;margin-bottom:8px;color:#333}
.tx p.r{text-align:right}.tx table{border-collapse:collapse;width:100%%;font-size:14px;margin:6px 0}
.tx td{border:1px solid #caa;padding:4px;text-align:center}
.ft{margin-top:16px;color:#999;font-size:13px;text-align:right}
.lst li{display:flex;font-size:15px;line-height:40px;border-bottom:1px dashed #ddd}
.lst li b{flex:1;font-weight:normal}.lst li i{font-style:normal;color:#999}
.lm{float:left;width:230px;background:#fff;margin-right:16px}.lm h3{background:#c8641e;color:#fff;padding:10px 16px;font-size:17px}
.lm li{padding:10px 18px;border-bottom:1px solid #f0e6da;font-size:14px}.lm li.on{color:#c8641e;font-weight:bold}
.pgr{text-align:center;font-size:13px;color:#888;margin-top:14px}
""" % {"serif": SERIF}
    hd = (f'<div class="top"></div><div class="hd"><div class="em"></div><div class="n">{esc(p.get("site", "大城县人民政府"))}</div>'
          f'<div class="e">DACHENG COUNTY PEOPLE\'S GOVERNMENT</div></div>'
          '<div class="nv"><span>首页</span><span>政务公开</span><span>政务服务</span><span>政民互动</span><span>走进大城</span><span>专题专栏</span></div>')
    cr = f'<div class="cr">您当前的位置：{esc(" > ".join(p["crumb"]))}</div>'
    if p.get("listing") is not None:
        lm = "".join(f'<li class="{"on" if i == 0 else ""}">{esc(t)}</li>' for i, t in enumerate(p.get("menu", [p["title"]])))
        items = "".join(f'<li><b>· {esc(t)}</b><i>{esc(d)}</i></li>' for t, d in p["listing"])
        main = (f'<div class="lm"><h3>{esc(p.get("menu_title", "政务公开"))}</h3><ul>{lm}</ul></div>'
                f'<div class="card" style="overflow:hidden"><div style="font-size:18px;color:#c8641e;border-bottom:1px solid #eee;padding-bottom:8px">{esc(p["title"])}</div>'
                f'{p.get("intro", "")}<ul class="lst">{items}</ul><div class="pgr">{esc(p.get("pager", "共 5 页 首页 上一页 1 2 3 下一页 尾页"))}</div></div>')
    else:
        main = (f'<div class="card"><h1>{esc(p["title"])}</h1><div class="info">{p.get("dateline", "")}</div>'
                f'<div class="tx">{paras(p["paras"])}</div><div class="ft">{p.get("foot", "")}</div></div>')
    return css, f'{hd}<div class="bd">{cr}{main}</div>'


def steel(p):
    """Hanweb-style county 政府信息公开 site: slate head, two-tier nav, left 公开目录 column with a dark
    title; the detail page has a 信息属性 box of label/value lines in two columns with a green left bar."""
    css = """
.hd{background:linear-gradient(#34495e,#2c3e50);height:110px;padding:26px 80px;color:#fff}
.hd .n{font-size:34px;letter-spacing:6px;font-weight:bold}.hd .n small{font-size:18px;letter-spacing:2px;margin-left:16px;color:#cfe0ef;font-weight:normal}
.hd .s{float:right;width:300px;height:34px;background:#fff;border-radius:2px;color:#aaa;font-size:13px;line-height:34px;padding-left:10px}
.n1{background:#1f2d3a;height:46px;line-height:46px;padding-left:80px}.n1 span{color:#fff;font-size:16px;margin-right:44px}
.n2{background:#e9edf1;height:38px;line-height:38px;padding-left:80px;font-size:14px;color:#445}.n2 span{margin-right:30px}
.wr{display:flex;padding:16px 80px;background:#fff;min-height:900px}
.lc{width:260px;border:1px solid #d5dde5;margin-right:18px}.lc h3{background:#2c3e50;color:#fff;padding:12px;font-size:16px}
.lc li{padding:9px 14px;font-size:14px;border-bottom:1px solid #eef1f4;color:#333}.lc li:before{content:'▸ ';color:#7a8a99}
.lc li.on{background:#eaf3ea;color:#2e7d32}
.mc{flex:1}.cr{font-size:13px;color:#667;border-bottom:2px solid #2c3e50;padding-bottom:8px;margin-bottom:14px}
.attr{background:#f4f8f1;border-left:5px solid #4d8a3c;padding:10px 18px;display:grid;grid-template-columns:1fr 1fr;gap:2px 40px;font-size:14px;line-height:26px;margin-bottom:16px;color:#333}
.attr b{color:#4d6a3c;margin-right:6px}
h1{font-size:24px;text-align:center;color:#17324d;line-height:36px;margin:8px 0}
.dl{text-align:center;font-size:13px;color:#889;margin-bottom:16px}
.tx p{font-size:16px;line-height:30px;text-indent:2em;margin-bottom:8px}.tx p.r{text-align:right}
.tx table{border-collapse:collapse;width:100%;font-size:14px}.tx td{border:1px solid #aab;padding:4px;text-align:center}
.tab{width:100%;border-collapse:collapse;font-size:14px}.tab th{background:#2c3e50;color:#fff;padding:8px;font-weight:normal}
.tab td{border-bottom:1px solid #e3e8ee;padding:9px 8px}.tab td.d{color:#777;text-align:center;width:130px}
.ft{font-size:13px;color:#999;text-align:right;margin-top:14px}
"""
    hd = (f'<div class="hd"><div class="s">站内搜索</div><div class="n">{esc(p.get("site", "大城县人民政府"))}<small>政府信息公开</small></div></div>'
          '<div class="n1"><span>首页</span><span>信息公开指南</span><span>信息公开制度</span><span>法定主动公开内容</span><span>信息公开年报</span><span>依申请公开</span></div>'
          '<div class="n2"><span>机构职能</span><span>政策文件</span><span>规划信息</span><span>财政信息</span><span>重点领域</span><span>政策解读</span></div>')
    menu = "".join(f'<li class="{"on" if i == 0 else ""}">{esc(t)}</li>' for i, t in enumerate(p.get("menu", ["政策文件", "政策解读", "财政信息", "重点领域", "人事信息"])))
    lc = f'<div class="lc"><h3>{esc(p.get("menu_title", "公开目录"))}</h3><ul>{menu}</ul></div>'
    cr = f'<div class="cr">当前位置：{esc(" > ".join(p["crumb"]))}</div>'
    if p.get("listing") is not None:
        rows = "".join(f'<tr><td>{esc(t)}</td><td class="d">{esc(d)}</td></tr>' for t, d in p["listing"])
        main = f'{cr}<table class="tab"><tr><th>标题</th><th>{esc(p.get("dcol", "发布日期"))}</th></tr>{rows}</table><div class="ft">{esc(p.get("pager", "共 3 页 1 2 3 下一页"))}</div>'
    else:
        attr = ""
        if p.get("grid"):
            attr = '<div class="attr">' + "".join(f'<span><b>{esc(k)}：</b>{esc(v)}</span>' for k, v in p["grid"]) + '</div>'
        main = (f'{cr}{attr}<h1>{esc(p["title"])}</h1><div class="dl">{p.get("dateline", "")}</div>'
                f'<div class="tx">{paras(p["paras"])}</div><div class="ft">{p.get("foot", "")}</div>')
    return css, f'{hd}<div class="wr">{lc}<div class="mc">{main}</div></div>'


def legacy(p):
    """An old county site: a 1000-wide column centred on a sky-blue gradient, banner drawn as a
    picture with a white word-mark, blue tabs; the date as `日期：… 点击数：…` or bare under the title."""
    css = """
body{background:linear-gradient(#bfe0f7,#eaf5fc 400px,#eaf5fc)}
.col{width:1000px;margin:0 auto;background:#fff;min-height:1400px;box-shadow:0 0 8px #9fc3da}
.bn{height:150px;background:linear-gradient(160deg,#2d7fc1,#7fc0ea 60%%,#d8eefb);position:relative;overflow:hidden}
.bn:after{content:'';position:absolute;left:520px;top:70px;width:600px;height:120px;border-radius:50%%;background:#5aa34a;opacity:.6}
.bn .n{position:absolute;left:40px;top:38px;font-size:40px;color:#fff;font-family:%(serif)s;font-weight:bold;letter-spacing:6px;text-shadow:2px 2px 3px #1b4f7a}
.tb{background:#1565a8;height:36px;line-height:36px;font-size:14px;color:#fff;text-align:center}.tb span{margin:0 16px}
.cr{font-size:12px;color:#555;padding:8px 16px;background:#f0f6fb;border-bottom:1px solid #d6e6f2}
.ar{padding:18px 40px}
h1{font-size:21px;color:#c00;text-align:center;line-height:32px;margin-bottom:6px}
.dl{font-size:12px;color:#666;text-align:center;border-bottom:1px solid #d6e6f2;padding-bottom:8px;margin-bottom:14px}
.tx p{font-size:14px;line-height:26px;text-indent:2em;margin-bottom:6px}.tx p.r{text-align:right}
.tx table{border-collapse:collapse;width:100%%;font-size:13px}.tx td{border:1px solid #789;padding:3px;text-align:center}
.ft{font-size:12px;color:#666;text-align:right;margin-top:10px}
.lst td{font-size:14px;line-height:30px;border-bottom:1px dotted #bbb}.lst td.d{color:#888;width:110px;text-align:right}
.bt{background:#1565a8;color:#cde;font-size:12px;text-align:center;padding:12px;margin-top:20px}
""" % {"serif": SERIF}
    hd = (f'<div class="bn"><div class="n">{esc(p.get("site", "大城县人民政府"))}</div></div>'
          '<div class="tb"><span>网站首页</span>|<span>政务公开</span>|<span>网上办事</span>|<span>公众参与</span>|<span>魅力大城</span>|<span>县长信箱</span></div>')
    cr = f'<div class="cr">当前位置：{esc(" >> ".join(p["crumb"]))}</div>'
    if p.get("listing") is not None:
        rows = "".join(f'<tr><td>◆ {esc(t)}</td><td class="d">{esc(d)}</td></tr>' for t, d in p["listing"])
        main = f'<div class="ar"><div style="font-size:16px;color:#1565a8;font-weight:bold;margin-bottom:8px">{esc(p["title"])}</div>{p.get("intro", "")}<table class="lst" style="width:100%">{rows}</table></div>'
    else:
        main = (f'<div class="ar"><h1>{esc(p["title"])}</h1><div class="dl">{p.get("dateline", "")}</div>'
                f'<div class="tx">{paras(p["paras"])}</div><div class="ft">{p.get("foot", "")}</div></div>')
    return css, f'<div class="col">{hd}{cr}{main}<div class="bt">主办：大城县人民政府办公室　冀ICP备05012345号　政府网站标识码：1310250001</div></div>'


def ggzy(p):
    """A 公共资源交易 platform: deep-teal bar, white boxes, `【信息时间：…】【阅读次数：…】` under the title."""
    css = """
body{background:#eef3f3}.hd{background:#0f5e63;height:84px;padding:20px 60px;color:#fff}
.hd .n{font-size:28px;font-weight:bold;letter-spacing:2px}.hd .n small{display:block;font-size:12px;font-weight:normal;color:#bfe3e0;letter-spacing:1px}
.nv{background:#fff;height:44px;line-height:44px;padding-left:60px;border-bottom:2px solid #0f5e63;font-size:15px}
.nv span{margin-right:36px;color:#0f5e63}.nv span.on{border-bottom:3px solid #f39c12;padding-bottom:9px}
.box{margin:16px 60px;background:#fff;border:1px solid #d5e3e3;padding:20px 50px;min-height:820px}
.cr{font-size:13px;color:#777;margin-bottom:14px}
h1{font-size:22px;text-align:center;color:#0f5e63;line-height:34px}
.dl{text-align:center;font-size:13px;color:#666;margin:10px 0 16px;border-bottom:1px solid #e5eded;padding-bottom:12px}
.tx p{font-size:15px;line-height:28px;text-indent:2em;margin-bottom:6px}.tx p.r{text-align:right}
.tx table{border-collapse:collapse;width:100%;font-size:14px;margin:6px 0}.tx td{border:1px solid #9bb;padding:5px;text-align:center}
.ft{font-size:13px;color:#999;text-align:right}
.tab{width:100%;border-collapse:collapse;font-size:14px}.tab th{background:#e3efef;padding:8px;font-weight:normal;color:#0f5e63}
.tab td{border-bottom:1px solid #eef;padding:9px 6px}.tab td.d{width:120px;text-align:center;color:#888}
"""
    hd = (f'<div class="hd"><div class="n">{esc(p.get("site", "大城县公共资源交易中心"))}<small>DACHENG PUBLIC RESOURCES TRADING CENTER</small></div></div>'
          '<div class="nv"><span>首页</span><span class="on">交易信息</span><span>政策法规</span><span>办事指南</span><span>信用信息</span><span>专家库</span></div>')
    cr = f'<div class="cr">当前位置：{esc(" > ".join(p["crumb"]))}</div>'
    if p.get("listing") is not None:
        rows = "".join(f'<tr><td>{esc(t)}</td><td class="d">{esc(d)}</td></tr>' for t, d in p["listing"])
        main = f'{cr}<table class="tab"><tr><th>公告标题</th><th>发布时间</th></tr>{rows}</table>'
    else:
        main = (f'{cr}<h1>{esc(p["title"])}</h1><div class="dl">{p.get("dateline", "")}</div>'
                f'<div class="tx">{paras(p["paras"])}</div><div class="ft">{p.get("foot", "")}</div>')
    return css, f'{hd}<div class="box">{main}</div>'


def ink(p):
    """A wide modern 政务公开 portal: ink-black head with gold word-mark, icon tabs, article card with
    a small date pill at its top right and the source under the title."""
    css = """
body{background:#f2f0eb}.hd{background:#1b1b1b;height:92px;padding:0 120px;display:flex;align-items:center;justify-content:space-between}
.hd .n{font-size:30px;color:#c9a44c;font-family:%(serif)s;letter-spacing:5px}.hd .n small{font-size:14px;color:#8d8060;margin-left:14px;letter-spacing:1px}
.hd .t{color:#ddd;font-size:15px}.hd .t span{margin-left:34px}
.band{height:60px;background:linear-gradient(90deg,#2a2418,#544426,#2a2418)}
.wr{width:1240px;margin:-30px auto 0;background:#fff;border-radius:6px;box-shadow:0 2px 10px rgba(0,0,0,.1);padding:26px 60px 36px;min-height:900px;position:relative}
.cr{font-size:13px;color:#999;margin-bottom:16px}.pill{position:absolute;right:60px;top:24px;background:#f3ead6;color:#9b7a33;font-size:13px;border-radius:12px;padding:3px 14px}
h1{font-size:26px;color:#222;line-height:38px;margin:4px 0 10px}
.src{font-size:13px;color:#aaa;margin-bottom:18px;border-bottom:1px solid #eee;padding-bottom:12px}
.tx p{font-size:17px;line-height:32px;text-indent:2em;margin-bottom:10px;color:#2b2b2b}.tx p.r{text-align:right}
.tx table{border-collapse:collapse;width:100%%;font-size:15px}.tx td{border:1px solid #ccc;padding:6px;text-align:center}
.ft{font-size:13px;color:#bbb;margin-top:16px}
.cards{display:grid;grid-template-columns:1fr 1fr;gap:14px}.cards div{border:1px solid #eee;padding:14px;font-size:15px;border-left:3px solid #c9a44c}
.cards i{display:block;font-style:normal;font-size:12px;color:#aaa;margin-top:6px}
""" % {"serif": SERIF}
    hd = (f'<div class="hd"><div class="n">{esc(p.get("site", "大城县人民政府"))}<small>政务公开</small></div>'
          '<div class="t"><span>首页</span><span>公开</span><span>服务</span><span>互动</span><span>数据</span><span>大城</span></div></div><div class="band"></div>')
    cr = f'<div class="cr">{esc(" / ".join(p["crumb"]))}</div>'
    if p.get("listing") is not None:
        cards = "".join(f'<div>{esc(t)}<i>{esc(d)}</i></div>' for t, d in p["listing"])
        main = f'{cr}<h1>{esc(p["title"])}</h1>{p.get("intro", "")}<div class="cards">{cards}</div>'
    else:
        pill = f'<div class="pill">{esc(p["pill"])}</div>' if p.get("pill") else ""
        main = (f'{pill}{cr}<h1>{esc(p["title"])}</h1><div class="src">{p.get("dateline", "")}</div>'
                f'<div class="tx">{paras(p["paras"])}</div><div class="ft">{p.get("foot", "")}</div>')
    return css, f'{hd}<div class="wr">{main}</div>'


DESIGNS = {"amber": amber, "steel": steel, "legacy": legacy, "ggzy": ggzy, "ink": ink}

FRAME = """
.win{position:absolute;left:0;top:0;width:%(w)spx;height:%(h)spx;overflow:hidden;background:#fff}
.tabs{height:36px;background:#2f9a57;padding:6px 0 0 10px;font-size:12px}
.tabs span{display:inline-block;background:#f5f5f5;height:30px;line-height:30px;padding:0 14px;border-radius:6px 6px 0 0;width:230px;overflow:hidden;white-space:nowrap;color:#222}
.tabs span.o{background:transparent;color:#e5f5ea;width:180px}
.adr{height:38px;background:#f5f5f5;border-bottom:1px solid #ccc;padding:5px 12px;font-size:14px}
.adr div{background:#fff;border:1px solid #cfcfcf;height:27px;line-height:25px;padding-left:10px;color:#333;margin-left:90px}
.adr i{float:left;font-style:normal;color:#777;letter-spacing:10px;line-height:27px}
.vw{position:absolute;top:74px;left:0;right:0;bottom:%(tk)spx;overflow:hidden}
.vw .zz{zoom:%(z)s}
.tk{position:absolute;left:0;right:0;bottom:0;height:40px;background:#1c2733;color:#fff;font-size:12px}
.tk .ck{float:right;text-align:center;line-height:17px;padding:3px 14px}
.tk .st{float:left;width:46px;height:40px;background:#2a72b8}
"""


def desk(design, p):
    """A desktop screenshot: p["w"], p["h"], p["zoom"] (1 = 100 %%), p["q"] JPEG quality, and
    optional p["frame"] = {"url", "tab2", "clock": (time, date) or None}."""
    w, h, z = p.get("w", 1366), p.get("h", 900), p.get("zoom", 1)
    css, body = DESIGNS[design](p)
    css = BASE + css + ("body{width:%dpx}" % w)
    fr = p.get("frame")
    if not fr:
        return page(p.get("tab", p["title"]), css + ".zz{zoom:%s}" % z, f'<div class="zz">{body}</div>'), (w, h, p.get("q", 80))
    ck = fr.get("clock")
    tk = 40 if ck else 0
    css += FRAME % {"w": w, "h": h, "tk": tk, "z": z}
    tkh = f'<div class="tk"><div class="st"></div><div class="ck">{esc(ck[0])}<br>{esc(ck[1])}</div></div>' if ck else ""
    top = (f'<div class="tabs"><span>{esc(p.get("tab", p["title"]))}</span><span class="o">{esc(fr.get("tab2", "360导航_新一代安全上网导航"))}</span></div>'
           f'<div class="adr"><i>◀▶↻</i><div>{esc(fr["url"])}</div></div>')
    return page(p.get("tab", p["title"]), css, f'<div class="win">{top}<div class="vw"><div class="zz">{body}</div></div>{tkh}</div>'), (w, h, p.get("q", 80))


# ---------------------------------------------------------------- phone pages
PHONE = """
body{background:#fff;width:%(w)spx}.z{zoom:%(z)s;width:%(iw)spx}
.sb{height:26px;line-height:26px;font-size:13px;padding:0 16px;color:#111;font-weight:bold}.sb span{float:right;font-weight:normal}
.tb{height:44px;line-height:44px;text-align:center;font-size:16px;border-bottom:1px solid #eee;position:relative}
.tb:before{content:'✕';position:absolute;left:16px;color:#333}.tb:after{content:'···';position:absolute;right:16px;font-weight:bold}
.ar{padding:16px 18px 30px}.ar h2{font-size:21px;line-height:30px;margin-bottom:10px;color:#111}
.ar .m{font-size:14px;color:%(mc)s;margin-bottom:16px}.ar .m a{color:#576b95;margin-right:8px}
.ar p{font-size:16px;line-height:28px;margin-bottom:12px;color:#333;text-align:justify}
.ar .img{height:160px;background:linear-gradient(135deg,#d8a25e,#8c4b22);margin:6px 0 14px;color:#fff;text-align:center;line-height:160px;font-size:18px}
.rd{font-size:13px;color:#aaa}
.ap .hd{background:#d9302c;color:#fff;height:48px;line-height:48px;text-align:center;font-size:17px}
.ap .ti{font-size:19px;font-weight:bold;padding:14px 16px 6px;line-height:28px}.ap .mm{font-size:13px;color:#999;padding:0 16px 10px;border-bottom:1px solid #f0f0f0}
.ap .bx{padding:12px 16px}.ap .bx p{font-size:15px;line-height:26px;margin-bottom:10px;text-indent:2em}
.hi .pf{text-align:center;padding:20px 0 12px;border-bottom:8px solid #f3f3f3}.hi .lg{width:64px;height:64px;border-radius:32px;background:#b71c1c;color:#fff;line-height:64px;font-size:15px;margin:0 auto 8px}
.hi .it{display:flex;padding:10px 16px;border-bottom:1px solid #f2f2f2}.hi .it b{flex:1;font-weight:normal;font-size:15px;line-height:22px}.hi .it i{width:64px;height:50px;background:linear-gradient(135deg,#f2c27a,#c0602a);margin-left:10px}
.hi .dt{font-size:12px;color:#aaa;padding:10px 16px 2px}
"""


def phone_page(kind, p):
    """kind: wechat | app | home. p: w (360/414/1080...), h, q, clock, and the texts."""
    w = p.get("w", 414)
    iw = 414 if w >= 414 else w
    z = round(w / iw, 3)
    css = BASE + PHONE % {"w": w, "z": z, "iw": iw, "mc": p.get("meta_color", "#9a9a9a")}
    sb = f'<div class="sb">{esc(p.get("clock", "10:26"))}<span>5G ▮▮▮ 82%</span></div>'
    if kind == "wechat":
        img = f'<div class="img">{esc(p["img"])}</div>' if p.get("img") else ""
        body = (f'{sb}<div class="tb">　</div><div class="ar"><h2>{esc(p["title"])}</h2>'
                f'<div class="m"><a>{esc(p["account"])}</a>{p.get("byline", "")}</div>{img}{paras(p["paras"])}'
                f'<div class="rd">{esc(p.get("reads", "阅读 3568　在看 21"))}</div></div>')
    elif kind == "app":
        body = (f'{sb}<div class="ap"><div class="hd">{esc(p.get("app", "冀时办"))}</div><div class="ti">{esc(p["title"])}</div>'
                f'<div class="mm">{p.get("byline", "")}</div><div class="bx">{paras(p["paras"])}</div></div>')
    else:
        its = ""
        for day, ts in p["days"]:
            its += f'<div class="dt">{esc(day)}</div>' + "".join(f'<div class="it"><b>{esc(t)}</b><i></i></div>' for t in ts)
        body = (f'{sb}<div class="tb">{esc(p["account"])}</div><div class="hi"><div class="pf"><div class="lg">{esc(p["logo"])}</div>'
                f'<div style="font-size:17px;font-weight:bold">{esc(p["account"])}</div><div style="font-size:13px;color:#999;margin-top:4px">{esc(p["intro"])}</div></div>{its}</div>')
    return page(p.get("title", "微信"), css, f'<div class="z">{body}</div>'), (w, p.get("h", 896 if w == 414 else int(w * 2.05)), p.get("q", 80))


# ---------------------------------------------------------------- photos
def inner_of(doc_html):
    b = doc_html[doc_html.index("<body>") + 6:doc_html.rindex("</body>")]
    s = doc_html[doc_html.index("<style>") + 7:doc_html.index("</style>")]
    return b, s


def screen_photo(shot_html, sw, sh, w=1200, h=900, rot=-1.6, q=72, moire=True):
    """A phone photo of a monitor showing a page: bezel, slight perspective, moiré and glare."""
    b, s = inner_of(shot_html)
    s = s.replace("body{", ".scr{").replace("body{", ".scr{")
    scale = (w - 140) / sw
    mo = ("repeating-linear-gradient(0deg,rgba(0,0,0,.06) 0 1px,transparent 1px 3px),"
          "repeating-linear-gradient(83deg,rgba(120,0,160,.05) 0 2px,transparent 2px 7px),") if moire else ""
    css = (f"*{{margin:0;padding:0}}html,body{{width:{w}px;height:{h}px;overflow:hidden;background:#3b3530}}" + s +
           f".mon{{position:absolute;left:40px;top:50px;width:{sw * scale + 60}px;height:{sh * scale + 60}px;background:#111;border-radius:8px;"
           f"transform:perspective(1600px) rotateY(4deg) rotate({rot}deg);transform-origin:50% 50%}}"
           f".scr{{position:absolute;left:30px;top:30px;width:{sw}px;height:{sh}px;overflow:hidden;transform:scale({scale});transform-origin:0 0}}"
           f".gl{{position:absolute;left:0;top:0;width:100%;height:100%;background:{mo}radial-gradient(ellipse at 70% 25%,rgba(255,255,255,.28),rgba(255,255,255,0) 45%)}}")
    return page("photo", css, f'<div class="mon"><div class="scr">{b}</div></div><div class="gl"></div>'), (w, h, q)


def paper_photo(doc_html, w=1200, h=1600, rot=-2.0, q=72, board=False):
    """A phone photo of a printed sheet: on a desk, or (board=True) pinned in a 公开栏 behind glass."""
    b, s = inner_of(doc_html)
    s = re.sub(r"@page\{[^}]*\}", "", s).replace("body{", ".paper{")
    bg = ("linear-gradient(#6d7a86,#4a5560)" if board else "radial-gradient(ellipse at 40% 35%,#9c8a6e,#5d4d3b 70%,#3f3327)")
    glare = ("linear-gradient(115deg,rgba(255,255,255,0) 30%,rgba(255,255,255,.35) 42%,rgba(255,255,255,0) 55%)" if board
             else "linear-gradient(160deg,rgba(255,255,255,.15),rgba(0,0,0,0) 40%,rgba(0,0,0,.2))")
    css = (f"*{{margin:0;padding:0}}html,body{{width:{w}px;height:{h}px;overflow:hidden;background:{bg}}}" + s +
           f".paper{{position:absolute;left:{int(w * .07)}px;top:{int(h * .06)}px;width:794px;min-height:1123px;padding:64px 76px;background:#f5f2e9;"
           f"transform:rotate({rot}deg) scale({(w * .86) / 794:.3f});transform-origin:0 0;box-shadow:10px 16px 36px rgba(0,0,0,.5);font-size:17px}}"
           f".gl{{position:absolute;left:0;top:0;width:100%;height:100%;background:{glare}}}")
    return page("photo", css, f'<div class="paper">{b}</div><div class="gl"></div>'), (w, h, q)


# ---------------------------------------------------------------- documents
DOC = """
@page{size:A4;margin:24mm 24mm 20mm 26mm}*{margin:0;padding:0}
body{font-family:%(serif)s;color:#000;font-size:15.5pt;line-height:1.75}
.red{color:#d40000;text-align:center;font-size:29pt;letter-spacing:3px;line-height:1.35;margin-top:4mm}
.no{text-align:center;font-size:14pt;margin:3mm 0 1mm}.rl{border-top:2px solid #d40000;margin-bottom:7mm}
h1{font-size:19pt;text-align:center;line-height:1.5;margin:3mm 0 5mm;font-weight:normal}
p{text-indent:2em;text-align:justify}p.n{text-indent:0}p.r{text-align:right;text-indent:0;padding-right:8mm}
table{border-collapse:collapse;width:100%%;font-size:11pt;line-height:1.45;margin:3mm 0}td{border:1px solid #000;padding:2px 4px;text-align:center}
.sig{margin-top:9mm;position:relative}.seal{position:absolute;right:%(sr)s;top:%(st)s;opacity:.82}
.yf{margin-top:9mm;border-top:1px solid #000;border-bottom:1px solid #000;font-size:13pt;padding:1mm 2mm;display:flex;justify-content:space-between}
"""
IMG_CSS = "body{width:794px;padding:70px 84px;box-sizing:border-box;font-size:18px;background:#fff}h1{font-size:23px}.red{font-size:34px}table{font-size:13px}"


def seal_svg(unit, size=150, color="#e0141e"):
    """A round official seal: ring, star and the unit's name round the top."""
    r = size / 2
    n = len(unit)
    chars = ""
    for i, ch in enumerate(unit):
        a = -150 + 300 * (i + .5) / n
        chars += (f'<text x="{r}" y="{size * .19}" font-size="{size * .13}" fill="{color}" text-anchor="middle" '
                  f'transform="rotate({a:.1f} {r} {r})" font-family="WenQuanYi Zen Hei">{esc(ch)}</text>')
    star = f'<text x="{r}" y="{r + size * .1}" font-size="{size * .3}" fill="{color}" text-anchor="middle">★</text>'
    return (f'<svg class="seal" width="{size}" height="{size}" viewBox="0 0 {size} {size}"><circle cx="{r}" cy="{r}" r="{r - 4}" '
            f'fill="none" stroke="{color}" stroke-width="{size * .035}"/>{chars}{star}</svg>')


def doc(d, for_image=False):
    """d: red, no, title, to, paras, sign [lines], seal (unit name) and seal_pos (right, top), after, yinfa."""
    parts = []
    if d.get("red"):
        parts.append(f'<div class="red">{esc(d["red"])}</div>')
        if d.get("no"):
            parts.append(f'<div class="no">{esc(d["no"])}</div>')
        parts.append('<div class="rl"></div>')
    elif d.get("no"):
        parts.append(f'<div class="no" style="text-align:right">{esc(d["no"])}</div>')
    parts.append(f'<h1>{esc(d["title"])}</h1>')
    if d.get("to"):
        parts.append(f'<p class="n">{esc(d["to"])}</p>')
    parts.append(paras(d["paras"]))
    if d.get("sign"):
        seal = seal_svg(d["seal"], d.get("seal_size", 150)) if d.get("seal") else ""
        parts.append('<div class="sig">' + "".join(f'<p class="r">{esc(s)}</p>' for s in d["sign"]) + seal + '</div>')
    if d.get("after"):
        parts.append(paras(d["after"]))
    if d.get("yinfa"):
        a, b = d["yinfa"]
        parts.append(f'<div class="yf"><span>{esc(a)}</span><span>{esc(b)}</span></div>')
    sr, st = d.get("seal_pos", ("14mm", "-6mm"))
    css = DOC % {"serif": SERIF, "sr": sr, "st": st}
    if for_image:
        css += IMG_CSS
    return page(d["title"], css, "".join(parts))


def scan(doc_html, dpi=150, rot=0.5, grey=False, q=65):
    """A flatbed scan of an A4 page at dpi (150/200/300): white page, slight skew, edge shadow."""
    b, s = inner_of(doc_html)
    s = re.sub(r"@page\{[^}]*\}", "", s).replace("body{", ".paper{")
    w, h = int(8.27 * dpi), int(11.69 * dpi)
    sc = w * .9 / 794
    filt = "grayscale(1) contrast(1.3)" if grey else "contrast(1.1) saturate(.85)"
    css = (f"*{{margin:0;padding:0}}html,body{{width:{w}px;height:{h}px;overflow:hidden;background:#fbfbf8}}" + s +
           f".paper{{position:absolute;left:{int(w * .05)}px;top:{int(h * .025)}px;width:794px;min-height:1123px;padding:70px 84px;background:transparent;"
           f"transform:rotate({rot}deg) scale({sc:.3f});transform-origin:0 0;font-size:18px;filter:{filt}}}"
           ".edge{position:absolute;left:0;top:0;width:100%;height:100%;background:linear-gradient(90deg,rgba(0,0,0,.08),rgba(0,0,0,0) 4%,rgba(0,0,0,0) 96%,rgba(0,0,0,.07))}")
    return page("scan", css, f'<div class="paper">{b}</div><div class="edge"></div>'), (w, h, q)
