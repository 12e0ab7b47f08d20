// <script src="https://ASPIRASI/lapor/embed.js" async></script> puts the report form where the script tag is, in
// an iframe that grows with its content. The embedding site must be listed in WEBFORM_FRAME_ANCESTORS.
(function () {
  var script = document.currentScript;
  if (!script) return;
  var origin = new URL(script.src).origin;
  var frame = document.createElement('iframe');
  frame.src = origin + '/lapor?embed=1';
  frame.title = 'Formulir laporan warga';
  frame.loading = 'lazy';
  frame.style.cssText = 'width:100%;min-height:900px;border:0;';
  script.parentNode.insertBefore(frame, script);
  window.addEventListener('message', function (event) {
    if (event.origin !== origin || event.source !== frame.contentWindow) return;
    var height = event.data && event.data.aspirasiLaporHeight;
    if (typeof height === 'number' && height > 200 && height < 20000) frame.style.height = height + 'px';
  });
})();
