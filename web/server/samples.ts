import { join } from 'node:path'
import { serveStatic } from '@hono/node-server/serve-static'
import { Hono } from 'hono'

/** A short two-note chime as 16-bit mono WAV: sample audio that needs no file in the repository. */
const chimeWav = (() => {
  const rate = 22_050
  const notes = [
    { hz: 880, seconds: 0.18 },
    { hz: 1320, seconds: 0.32 },
  ]
  const samples: number[] = []
  for (const { hz, seconds } of notes) {
    const n = Math.round(rate * seconds)
    for (let i = 0; i < n; i++) samples.push(Math.sin((2 * Math.PI * hz * i) / rate) * Math.exp((-4 * i) / n) * 0.6)
  }
  const data = Buffer.alloc(samples.length * 2)
  samples.forEach((s, i) => data.writeInt16LE(Math.round(s * 32_767), i * 2))
  const header = Buffer.alloc(44)
  header.write('RIFF', 0)
  header.writeUInt32LE(36 + data.length, 4)
  header.write('WAVEfmt ', 8)
  header.writeUInt32LE(16, 16)
  header.writeUInt16LE(1, 20) // PCM
  header.writeUInt16LE(1, 22) // mono
  header.writeUInt32LE(rate, 24)
  header.writeUInt32LE(rate * 2, 28)
  header.writeUInt16LE(2, 32)
  header.writeUInt16LE(16, 34)
  header.write('data', 36)
  header.writeUInt32LE(data.length, 40)
  return Buffer.concat([header, data])
})()

/** A one-page PDF invoice, built by hand so the repository holds no binary. */
const invoicePdf = (() => {
  const lines = [
    'Northwind Outfitters',
    'Invoice #1042',
    'Trail running shoes  x1   $129.00',
    'Shipping                $0.00',
    'Total                 $129.00',
  ]
  const text = lines.map((l, i) => `BT /F1 ${i < 2 ? 16 : 12} Tf 72 ${720 - i * 28} Td (${l}) Tj ET`).join('\n')
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(text)} >>\nstream\n${text}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]
  let pdf = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(pdf))
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`
  })
  const xref = Buffer.byteLength(pdf)
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(pdf)
})()

/** Media an agent can send in the demo without reaching the internet. */
export const sampleRoutes = () =>
  new Hono()
    .get('/chime.wav', (c) =>
      c.body(chimeWav, 200, { 'content-type': 'audio/wav', 'cache-control': 'public, max-age=3600' })
    )
    .get('/invoice-1042.pdf', (c) =>
      c.body(invoicePdf, 200, { 'content-type': 'application/pdf', 'cache-control': 'public, max-age=3600' })
    )
    .use('*', serveStatic({ root: join(__dirname, 'public') }))
