import { validateSurvey } from '../../../cms/domain/forms/survey'
import { problemsOf } from '../../../cms/domain/forms/result'
import { FormFlow } from './FormFlow'
import type { FieldSpec, FlowText, Option } from './types'

interface Props {
  action: string
  lang: 'id' | 'en'
  services: { label: string; options: Option[] }[]
  elements: { key: string; label: string }[]
  scale: Option[]
  profile: FieldSpec[]
  text: FlowText
  words: { service: string; scores: string; about: string; title: string; thanks: string }
}

/** The satisfaction survey (SKM): a service, its nine elements scored 1–4, an optional profile. */
export default function RateForm({ action, lang, services, elements, scale, profile, text, words }: Props) {
  const scores: FieldSpec[] = elements.map((element) => ({ name: element.key, type: 'radios', required: true, label: element.label, options: scale }))
  return (
    <FormFlow
      action={action}
      lang={lang}
      steps={[
        { id: 'service', title: words.service, fields: [{ name: 'service', type: 'select', required: true, label: words.service, groups: services }] },
        { id: 'scores', title: words.scores, fields: scores },
        { id: 'about', title: words.about, fields: profile },
      ]}
      text={text}
      validate={(values) => problemsOf(validateSurvey(values))}
      confirm={() => ({ title: words.title, lines: [], next: words.thanks, nextTitle: '' })}
    />
  )
}
