/**
 * Records web/server/public/samples/how-to-return.webm, the sample video agents can send in the demo:
 * a short canvas animation captured by Chromium's MediaRecorder (no video tool needed).
 * Run: npx tsx web/scripts/make-sample-video.ts
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { launchChromium } from '../test/helpers/chromium'

const out = join(__dirname, '..', 'server', 'public', 'samples', 'how-to-return.webm')

const record = async (seconds: number) => {
  const canvas = document.createElement('canvas')
  canvas.width = 640
  canvas.height = 360
  document.body.append(canvas)
  const g = canvas.getContext('2d')!
  const steps = [
    '1. Put the shoes back in their box',
    '2. Tape the parcel shut',
    '3. Stick the return label on top',
    'Drop it at any post office',
  ]
  const draw = (t: number) => {
    const step = Math.min(steps.length - 1, Math.floor((t / seconds) * steps.length))
    const grad = g.createLinearGradient(0, 0, 640, 360)
    grad.addColorStop(0, '#eef2ff')
    grad.addColorStop(1, '#fae8ff')
    g.fillStyle = grad
    g.fillRect(0, 0, 640, 360)
    const lift = Math.sin(t * 3) * 6
    g.fillStyle = '#fb923c'
    g.beginPath()
    g.moveTo(250, 150 + lift)
    g.lineTo(320, 115 + lift)
    g.lineTo(390, 150 + lift)
    g.lineTo(390, 230 + lift)
    g.lineTo(320, 265 + lift)
    g.lineTo(250, 230 + lift)
    g.closePath()
    g.fill()
    g.strokeStyle = '#9a3412'
    g.lineWidth = 4
    g.beginPath()
    g.moveTo(250, 150 + lift)
    g.lineTo(320, 185 + lift)
    g.lineTo(390, 150 + lift)
    g.moveTo(320, 185 + lift)
    g.lineTo(320, 265 + lift)
    g.stroke()
    if (step >= 2) {
      g.fillStyle = '#ffffff'
      g.fillRect(272, 190 + lift, 36, 24)
    }
    g.fillStyle = '#312e81'
    g.font = 'bold 26px sans-serif'
    g.textAlign = 'center'
    g.fillText(steps[step]!, 320, 60)
    g.fillStyle = '#4f46e5'
    g.fillRect(120, 320, (400 * t) / seconds, 8)
  }
  const stream = canvas.captureStream(30)
  const recorder = new MediaRecorder(stream, { mimeType: 'video/webm;codecs=vp8', videoBitsPerSecond: 180_000 })
  const chunks: Blob[] = []
  recorder.ondataavailable = (e) => chunks.push(e.data)
  const done = new Promise((resolve) => (recorder.onstop = resolve))
  const start = performance.now()
  recorder.start(250)
  await new Promise<void>((resolve) => {
    const frame = () => {
      const t = (performance.now() - start) / 1000
      draw(Math.min(t, seconds))
      if (t < seconds) requestAnimationFrame(frame)
      else resolve()
    }
    frame()
  })
  recorder.stop()
  await done
  const bytes = new Uint8Array(await new Blob(chunks, { type: 'video/webm' }).arrayBuffer())
  let binary = ''
  for (const b of bytes) binary += String.fromCharCode(b)
  return btoa(binary)
}

const main = async () => {
  const browser = await launchChromium()
  try {
    const page = await browser.newPage()
    await page.setContent('<!doctype html><body style="margin:0"></body>')
    // tsx names functions with a helper the page does not have.
    await page.evaluate('window.__name = (fn) => fn')
    const base64 = await page.evaluate(record, 4)
    writeFileSync(out, Buffer.from(base64, 'base64'))
    console.log(`wrote ${out} (${Math.round((base64.length * 0.75) / 1024)} KB)`)
  } finally {
    await browser.close()
  }
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
