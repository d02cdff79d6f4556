/** The portal's styles: readable on a 360 px phone, contrast ≥ 4.5:1, visible focus. */
export const PORTAL_CSS = `
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;background:#fff}
.skip{position:absolute;left:-9999px}.skip:focus{left:8px;top:8px;background:#fff;padding:8px;z-index:10}
header{background:#0b4f8a;color:#fff;padding:12px 16px}
.brand{margin:0 0 8px;font-weight:700}
nav ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:8px}
nav a{color:#fff;text-decoration:underline;padding:6px 4px;display:inline-block}
nav a[aria-current="page"]{font-weight:700;text-decoration-thickness:3px}
main{max-width:960px;margin:0 auto;padding:16px}
h1{font-size:1.5rem;margin:8px 0 16px}h2{font-size:1.25rem}
label{display:block;font-weight:600;margin:12px 0 4px}
.pilihan{font-weight:400;margin:6px 0}
input,select,textarea,button{font:inherit;max-width:100%}
input,select,textarea{width:100%;padding:8px;border:1px solid #555;border-radius:4px;background:#fff;color:#1a1a1a}
input[type=radio]{width:auto;margin-right:6px}
fieldset{border:1px solid #767676;border-radius:4px;margin:16px 0;padding:8px 12px}
legend{font-weight:700;padding:0 4px}
button{margin-top:16px;background:#0b4f8a;color:#fff;border:0;border-radius:4px;padding:10px 18px;cursor:pointer}
button:disabled{background:#555}
:focus-visible{outline:3px solid #c45500;outline-offset:2px}
.baris{display:flex;flex-wrap:wrap;align-items:flex-end;gap:8px}.baris label{width:100%}.baris input{flex:1 1 160px;width:auto}.baris button{margin-top:0}
.bantuan,.catatan{color:#444;font-size:.9rem;margin:4px 0}
.hasil{margin-top:16px}
.ok{border-left:4px solid #1e6b2f;padding:8px 12px;background:#eef7ef}
.galat{border-left:4px solid #a4000f;padding:8px 12px;background:#fdeeee}
.nomor{font:700 1.4rem ui-monospace,monospace;letter-spacing:.08em}
.tabel{overflow-x:auto}table{border-collapse:collapse;width:100%;margin-top:12px}
caption{text-align:left;font-weight:700;padding:4px 0}
th,td{border-bottom:1px solid #bbb;padding:6px;text-align:left;vertical-align:top}
figure{margin:16px 0}figcaption{font-weight:700}
#grafik svg{width:100%;height:auto}
ol.linimasa{padding-left:20px}
h3{font-size:1.1rem;margin-top:24px}.apresiasi{padding-left:20px}.apresiasi li{margin:8px 0}
ul.topik{padding-left:20px}.topik li{margin:8px 0}.tautan{margin:0;padding:0;background:none;color:#0b4f8a;text-decoration:underline;text-align:left}
ol.tulisan{list-style:none;padding:0}.tulisan li{border-left:4px solid #bbb;padding:4px 10px;margin:10px 0}.tulisan li.unit{border-color:#0b4f8a;background:#eef4fa}.tulisan li.balasan{margin-left:16px}
.penulis{font-weight:700;margin:0}.tulisan p{margin:4px 0}
#grafik-jp svg{width:100%;height:auto}.pk{border-top:1px solid #bbb;margin-top:16px}.pk h3{margin-top:12px}
footer{border-top:1px solid #ccc;padding:12px 16px;color:#444;font-size:.9rem}
`;
