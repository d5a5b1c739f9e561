import { documentField, missingDocuments, validateApplication, type OnlineQuestion } from '../../../cms/domain/forms/application'
import { problemsOf } from '../../../cms/domain/forms/result'
import { caseConfirmation } from './caseConfirmation'
import { FormFlow } from './FormFlow'
import type { FieldError, FieldSpec, FlowText } from './types'

interface Props {
  action: string
  lang: 'id' | 'en'
  service: string
  questions: OnlineQuestion[]
  requirements: { document: string; mandatory: boolean }[]
  identity: FieldSpec[]
  maxBytes: number
  text: FlowText
  words: { identity: string; questions: string; documents: string; documentsHint: string; title: string; codeLabel: string; nextTitle: string; trackLabel: string; tooLarge: string; wrongType: string }
  trackPath: string
}

const accepted = ['application/pdf', 'image/jpeg', 'image/png']

/** The online application: who you are, the service's questions, one upload per requirement. */
export default function ApplyForm({ action, lang, service, questions, requirements, identity, maxBytes, text, words, trackPath }: Props) {
  const documents: FieldSpec[] = requirements.map((requirement, index) => ({
    name: documentField(index),
    type: 'file',
    label: requirement.document,
    required: requirement.mandatory,
    accept: '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png',
    hint: words.documentsHint,
  }))
  const steps = [
    { id: 'identity', title: words.identity, fields: identity },
    ...(questions.length
      ? [
          {
            id: 'questions',
            title: words.questions,
            fields: questions.map((question): FieldSpec => ({
              name: question.name,
              label: question.label,
              type: question.type === 'select' ? 'select' : question.type,
              required: Boolean(question.required),
              options: (question.choices ?? []).map((choice) => ({ value: choice, label: choice })),
            })),
          },
        ]
      : []),
    ...(documents.length ? [{ id: 'documents', title: words.documents, fields: documents }] : []),
  ]

  const validate = (values: Record<string, string>, files: Record<string, File>): FieldError[] => {
    const checked = validateApplication({ ...values, service }, questions)
    const errors = problemsOf(checked)
    errors.push(...missingDocuments(requirements, new Set(Object.keys(files))))
    for (const [field, file] of Object.entries(files)) {
      if (file.size > maxBytes) errors.push({ field, message: words.tooLarge.replace('{name}', file.name) })
      else if (!accepted.includes(file.type)) errors.push({ field, message: words.wrongType.replace('{name}', file.name) })
    }
    return errors
  }

  return (
    <FormFlow
      action={action}
      lang={lang}
      steps={steps}
      text={text}
      multipart
      hidden={{ service }}
      validate={validate}
      confirm={(answer) => caseConfirmation(answer, words, trackPath)}
    />
  )
}
