import { useEffect, useState } from 'react'

import { validateBooking } from '../../../cms/domain/forms/booking'
import { problemsOf } from '../../../cms/domain/forms/result'
import { FormFlow } from './FormFlow'
import { caseConfirmation } from './caseConfirmation'
import type { FieldSpec, FlowText } from './types'

interface Props {
  action: string
  availability: string
  lang: 'id' | 'en'
  service: string
  times: string[]
  minDate: string
  maxDate: string
  identity: FieldSpec[]
  text: FlowText
  words: { when: string; date: string; dateHint: string; time: string; seatsLeft: string; full: string; identity: string; title: string; codeLabel: string; nextTitle: string; trackLabel: string; queueNumber: string; at: string }
  trackPath: string
}

const dateLabel = (date: string, lang: 'id' | 'en') =>
  new Date(`${date}T00:00:00Z`).toLocaleDateString(lang === 'id' ? 'id-ID' : 'en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' })

/**
 * Booking a queue slot. Without JavaScript: a date field and the service's slot times (a full
 * slot is then refused by the CMS with a page saying so). With it: only open days to choose
 * from, and each time with the seats left that day, full ones disabled.
 */
export default function BookForm({ action, availability, lang, service, times, minDate, maxDate, identity, text, words, trackPath }: Props) {
  const [dates, setDates] = useState<string[] | null>(null)
  const [seats, setSeats] = useState<Record<string, number>>({})

  useEffect(() => {
    fetch(`${availability}?service=${encodeURIComponent(service)}`, { headers: { Accept: 'application/json' } })
      .then((response) => (response.ok ? response.json() : null))
      .then((body) => body && setDates(body.dates))
      .catch(() => undefined)
  }, [availability, service])

  const onFieldChange = (name: string, value: string) => {
    if (name !== 'date' || !value) return
    fetch(`${availability}?service=${encodeURIComponent(service)}&date=${value}`, { headers: { Accept: 'application/json' } })
      .then((response) => (response.ok ? response.json() : null))
      .then((body) => setSeats(body ? Object.fromEntries(body.slots.map((slot: { time: string; free: number }) => [slot.time, slot.free])) : {}))
      .catch(() => undefined)
  }

  const dateField: FieldSpec = dates
    ? { name: 'date', type: 'select', required: true, label: words.date, options: dates.map((date) => ({ value: date, label: dateLabel(date, lang) })) }
    : { name: 'date', type: 'date', required: true, label: words.date, hint: words.dateHint, min: minDate, max: maxDate }
  const timeField: FieldSpec = {
    name: 'time',
    type: 'radios',
    required: true,
    label: words.time,
    options: times.map((time) => ({ value: time, label: time.replace(':', '.') })),
    disabledOptions: times.filter((time) => seats[time] === 0),
    optionNotes: Object.fromEntries(Object.entries(seats).map(([time, free]) => [time, free === 0 ? words.full : words.seatsLeft.replace('{n}', String(free))])),
  }

  return (
    <FormFlow
      action={action}
      lang={lang}
      steps={[
        { id: 'when', title: words.when, fields: [dateField, timeField] },
        { id: 'identity', title: words.identity, fields: identity },
      ]}
      text={text}
      hidden={{ service }}
      onFieldChange={onFieldChange}
      validate={(values) => problemsOf(validateBooking({ ...values, service }))}
      confirm={(answer) =>
        caseConfirmation(answer, words, trackPath, {
          lines: [`${words.queueNumber}: ${answer.queueNumber}`, `${dateLabel(String(answer.date), lang)}, ${words.at} ${String(answer.time).replace(':', '.')} WIB`],
        })
      }
    />
  )
}
