import type { Config } from 'tailwindcss';

// Theme for Jylnama. Loaded from app/globals.css with `@config`, as Tailwind 4 expects for a JS config.
const config: Config = {
  content: ['./app/**/*.{ts,tsx}'],
  theme: {
    extend: {
      colors: {
        ink: { DEFAULT: '#1b1f24', soft: '#4a5563' },
        paper: '#fbfaf7',
        accent: { DEFAULT: '#0b5fa5', dark: '#084477' },
      },
      fontFamily: {
        sans: ['"Noto Sans"', '"DejaVu Sans"', 'system-ui', 'sans-serif'],
      },
    },
  },
};

export default config;
