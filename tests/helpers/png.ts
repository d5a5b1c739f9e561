import sharp from 'sharp'

/** A real, tiny PNG (so upload checks see a genuine image). */
export const tinyPng = () =>
  sharp({ create: { width: 8, height: 8, channels: 3, background: { r: 0, g: 90, b: 160 } } })
    .png()
    .toBuffer()
