// Reader settings before first paint, and taps before the reader loads: see lib/reader/settings.ts.
(function () {
  var d = { size: 3, script: 'simplified', tones: true, pinyin: 'off', sandhi: 'spoken', theme: 'system', translations: 'auto' };
  var ok = {
    size: [1, 2, 3, 4, 5],
    script: ['simplified', 'traditional'],
    tones: [true, false],
    pinyin: ['off', 'all', 'unknown'],
    sandhi: ['spoken', 'dictionary'],
    theme: ['system', 'light', 'dark'],
    translations: ['auto', 'all', 'none'],
  };
  var s = {};
  try {
    s = JSON.parse(localStorage.getItem('dubao-settings') || '{}') || {};
  } catch {
    s = {};
  }
  for (var k in d) if (ok[k].indexOf(s[k]) < 0) s[k] = d[k];
  var dark = s.theme === 'dark' || (s.theme === 'system' && window.matchMedia && matchMedia('(prefers-color-scheme: dark)').matches);
  var h = document.documentElement;
  h.setAttribute('data-size', String(s.size));
  h.setAttribute('data-script', s.script);
  h.setAttribute('data-tones', s.tones ? 'on' : 'off');
  h.setAttribute('data-pinyin', s.pinyin);
  h.setAttribute('data-sandhi', s.sandhi);
  h.setAttribute('data-translations', s.translations);
  h.setAttribute('data-theme', dark ? 'dark' : 'light');
  h.classList.toggle('dark', dark);
})();

document.addEventListener(
  'click',
  function (e) {
    var t = e.target;
    var w = t && t.closest ? t.closest('[data-reader] .w') : null;
    if (w && !document.querySelector('[data-reader][data-ready]')) window.__dubaoPendingWord = w;
  },
  true,
);
