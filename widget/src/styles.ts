/**
 * The widget's stylesheet. It inherits the page's font and colour and takes
 * its look from CSS custom properties set on the page (see widget/README.md).
 */
export const styles = `
:host{display:block;font:inherit;color:var(--lac-text,inherit);--a:var(--lac-accent,#0b5cad);--b:var(--lac-border,rgba(127,127,127,.35));--m:var(--lac-muted,rgba(127,127,127,.95));--r:var(--lac-radius,8px);--s:var(--lac-surface,rgba(127,127,127,.07))}
:host([hidden]){display:none}
*{box-sizing:border-box}
[hidden]{display:none!important}
.w{background:var(--lac-bg,transparent);padding:var(--lac-padding,0)}
h2{font:inherit;font-size:1.35em;font-weight:700;margin:0 0 .75em}
h2 span{color:var(--m);font-weight:400;font-size:.75em;margin-left:.4em}
form{display:grid;gap:.75em;margin:0 0 1.5em;padding:1em;border:1px solid var(--b);border-radius:var(--r);background:var(--s)}
fieldset{border:0;margin:0;padding:0;display:grid;gap:.75em;grid-template-columns:1fr 1fr}
legend{font-weight:600;padding:0;margin:0 0 .25em}
label{display:grid;gap:.3em;font-size:.9em;font-weight:600}
label small{font-weight:400;color:var(--m)}
input,textarea,button{font:inherit;color:inherit}
input,textarea{width:100%;padding:.55em .7em;border:1px solid var(--b);border-radius:calc(var(--r)*.75);background:var(--lac-input-bg,#fff);color:var(--lac-input-text,#1a1a1a);font-weight:400}
textarea{min-height:6.5em;resize:vertical;line-height:1.45}
input:focus-visible,textarea:focus-visible,button:focus-visible,li:focus-visible{outline:3px solid var(--a);outline-offset:2px}
.full{grid-column:1/-1}
.hp,.sr{position:absolute!important;left:-10000px;width:1px;height:1px;overflow:hidden}
.row{display:flex;flex-wrap:wrap;align-items:center;gap:.75em}
.go{background:var(--a);color:var(--lac-accent-text,#fff);border:0;border-radius:calc(var(--r)*.75);padding:.6em 1.3em;font-weight:600;cursor:pointer}
.go:disabled{opacity:.6;cursor:progress}
.link{background:none;border:0;padding:.2em 0;color:var(--a);cursor:pointer;font-size:.9em;font-weight:600}
.link:hover{text-decoration:underline}
.to{display:flex;gap:.75em;align-items:baseline;font-size:.9em}
.st{margin:0;font-size:.95em}
.st:empty{display:none}
.st p{margin:0}
.st ul{margin:.35em 0 0;padding-left:1.3em}
.st[data-kind]{padding:.6em .8em;border-radius:calc(var(--r)*.75);border-left:4px solid var(--m);background:var(--lac-bg,#fff)}
.st[data-kind=published]{border-color:var(--lac-success,#1a7f37)}
.st[data-kind=pending]{border-color:var(--a)}
.st[data-kind=rejected],.st[data-kind=invalid],.st[data-kind=error],.st[data-kind=closed],.st[data-kind=rate-limited]{border-color:var(--lac-danger,#c4281c)}
ol{list-style:none;margin:0;padding:0}
li{margin:0}
.c>article{padding:.9em 0;border-top:1px solid var(--b)}
.replies{margin-left:clamp(.75em,4vw,2em);padding-left:clamp(.75em,2vw,1.1em);border-left:3px solid var(--b)}
.replies article{border-top:0;padding:.6em 0}
header{display:flex;flex-wrap:wrap;gap:.25em .6em;align-items:baseline;font-size:.9em}
.who{font-weight:700}
time,.re{color:var(--m)}
.body{margin:.35em 0 .25em;white-space:pre-wrap;overflow-wrap:anywhere;line-height:1.5}
.new>article{animation:f 2s ease-out}
@keyframes f{from{background:color-mix(in srgb,var(--a) 15%,transparent)}}
.more{margin-top:1em;width:100%;padding:.6em;border:1px solid var(--b);border-radius:calc(var(--r)*.75);background:transparent;color:var(--a);font-weight:600;cursor:pointer}
.note{color:var(--m);margin:.5em 0}
@media (max-width:520px){fieldset{grid-template-columns:1fr}}
@media (prefers-reduced-motion:reduce){.new>article{animation:none}}
`;
