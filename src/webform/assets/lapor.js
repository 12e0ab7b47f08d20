// The website form's behaviour: read the photo, solve the server's proof-of-work challenge (ALTCHA v2, SHA-256),
// send the report as JSON and show the ticket number. Plain browser JavaScript, no build step.
(function () {
  'use strict';
  var form = document.getElementById('lapor');
  if (!form) return;
  var $ = function (id) {
    return document.getElementById(id);
  };
  var submissionId = newId();

  function newId() {
    if (crypto.randomUUID) return crypto.randomUUID();
    var b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    var h = Array.prototype.map
      .call(b, function (x) {
        return (x + 256).toString(16).slice(1);
      })
      .join('');
    return (
      h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20)
    );
  }
  function hexToBytes(hex) {
    var out = new Uint8Array(hex.length / 2);
    for (var i = 0; i < out.length; i++) out[i] = parseInt(hex.substr(i * 2, 2), 16);
    return out;
  }
  function toHex(buf) {
    return Array.prototype.map
      .call(new Uint8Array(buf), function (x) {
        return (x + 256).toString(16).slice(1);
      })
      .join('');
  }
  /** ALTCHA v2: find counter c with SHA-256(salt || nonce || uint32be(c)) starting with keyPrefix. */
  async function solve(challenge) {
    var p = challenge.parameters;
    var salt = hexToBytes(p.salt);
    var nonce = hexToBytes(p.nonce);
    var data = new Uint8Array(salt.length + nonce.length + 4);
    data.set(salt, 0);
    data.set(nonce, salt.length);
    var view = new DataView(data.buffer);
    var keyLength = p.keyLength || 32;
    for (var counter = 0; counter < 0xffffffff; counter++) {
      view.setUint32(salt.length + nonce.length, counter, false);
      var key = toHex((await crypto.subtle.digest('SHA-256', data)).slice(0, keyLength));
      if (key.indexOf(p.keyPrefix) === 0) return { counter: counter, derivedKey: key };
    }
    throw new Error('tidak terpecahkan');
  }
  function readPhoto(file) {
    return new Promise(function (resolve, reject) {
      var reader = new FileReader();
      reader.onload = function () {
        resolve(reader.result);
      };
      reader.onerror = function () {
        reject(new Error('Foto tidak bisa dibaca.'));
      };
      reader.readAsDataURL(file);
    });
  }
  function show(el, text) {
    el.textContent = text;
    el.hidden = !text;
  }
  function resize() {
    if (window.parent !== window)
      window.parent.postMessage({ aspirasiLaporHeight: document.documentElement.scrollHeight }, '*');
  }
  function check() {
    if ($('text').value.trim().length < 10) return 'Isi laporan minimal 10 huruf.';
    if (!$('email').value.trim() && !$('whatsapp').value.trim())
      return 'Isi alamat e-mail atau nomor WhatsApp agar kami bisa menghubungi Anda.';
    var file = $('photo').files[0];
    if (file && file.size > Number(form.dataset.photoMax)) return 'Foto terlalu besar: maksimal 5 MB.';
    if (!$('consent').checked) return 'Centang persetujuan penggunaan data pribadi.';
    return '';
  }
  form.addEventListener('submit', async function (event) {
    event.preventDefault();
    var problem = check();
    show($('problem'), problem);
    if (problem) return resize();
    $('send').disabled = true;
    try {
      show($('progress'), 'Menyiapkan perlindungan anti-spam…');
      var challenge = await (await fetch('/api/public/reports/challenge')).json();
      if (!challenge.parameters)
        throw new Error((challenge.error && challenge.error.message) || 'Coba lagi sebentar lagi.');
      var solution = await solve(challenge);
      show($('progress'), 'Mengirim laporan…');
      var file = $('photo').files[0];
      var body = {
        submissionId: submissionId,
        text: $('text').value,
        name: $('name').value,
        email: $('email').value,
        whatsapp: $('whatsapp').value,
        regionCode: $('regionCode').value,
        photo: file ? await readPhoto(file) : undefined,
        shareLocation: $('shareLocation').checked,
        consent: $('consent').checked,
        proof: btoa(JSON.stringify({ challenge: challenge, solution: solution })),
      };
      var res = await fetch('/api/public/reports', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      var answer = await res.json().catch(function () {
        return {};
      });
      if (!res.ok)
        throw new Error(
          (answer.error && answer.error.message) || 'Laporan gagal dikirim (HTTP ' + res.status + ').',
        );
      $('ticket').textContent = answer.ticketNumber;
      $('code').textContent = answer.followUpCode;
      $('status-link').href = answer.statusUrl;
      form.hidden = true;
      $('receipt').hidden = false;
      submissionId = newId();
    } catch (err) {
      show($('problem'), err.message || String(err));
    } finally {
      show($('progress'), '');
      $('send').disabled = false;
      resize();
    }
  });
  $('again').addEventListener('click', function () {
    form.reset();
    form.hidden = false;
    $('receipt').hidden = true;
    resize();
  });
  window.addEventListener('load', resize);
})();
