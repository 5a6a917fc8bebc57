import type { CardData } from '@/app/_lib/og/card';

/** The 1200×630 Open Graph / Twitter card of one event (a tree of flex boxes, as next/og requires). */
export function EventCard({ card }: { card: CardData }) {
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        background: '#fbfaf7',
        fontFamily: card.fontFamily,
        color: '#1b1f24',
        padding: '56px 64px',
      }}
    >
      <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between' }}>
        <div style={{ display: 'flex', fontSize: 34, fontWeight: 700, color: '#084477' }}>{card.appName}</div>
        <div
          style={{
            display: 'flex',
            fontSize: 28,
            padding: '6px 18px',
            borderLeft: `10px solid ${card.typeColour}`,
            background: '#ffffff',
            borderRadius: 6,
          }}
        >
          {card.typeLabel}
        </div>
      </div>
      <div
        style={{
          display: 'flex',
          marginTop: 40,
          fontSize: card.title.length > 60 ? 52 : 64,
          fontWeight: 700,
          lineHeight: 1.15,
          maxHeight: 230,
          overflow: 'hidden',
        }}
      >
        {card.title}
      </div>
      <div style={{ display: 'flex', marginTop: 24, fontSize: 36, color: '#374151' }}>
        {[card.dateLabel, card.placeName].filter(Boolean).join(' · ')}
      </div>
      <div style={{ display: 'flex', flexDirection: 'column', marginTop: 'auto' }}>
        <div style={{ display: 'flex', position: 'relative', height: 70, borderBottom: '4px solid #9ca3af' }}>
          {card.neighbours.map((n, i) => (
            <div
              key={i}
              style={{
                position: 'absolute',
                left: `${n.left * 100}%`,
                width: `${Math.max(n.width * 100, 1.5)}%`,
                top: n.current ? 6 : 30,
                height: n.current ? 56 : 32,
                background: n.current ? n.colour : '#ffffff',
                border: `4px solid ${n.colour}`,
                borderRadius: 6,
              }}
            />
          ))}
        </div>
        <div
          style={{ display: 'flex', justifyContent: 'space-between', marginTop: 10, fontSize: 24, color: '#4a5563' }}
        >
          <div style={{ display: 'flex' }}>{card.axisStart}</div>
          <div style={{ display: 'flex' }}>{card.axisEnd}</div>
        </div>
      </div>
    </div>
  );
}
