// Arabic catalogue for the field messages every form shares (src/shared/field-messages.ts); spread into ../ar.ts.
import { str } from '../../shared/msg.js';
import type { Catalogue } from '../../shared/msg.js';

export const templates: Catalogue = {
  'field.required': 'يرجى تعبئة هذا الحقل.',
  'field.tooSmall': str`هذا صغير أو قصير جدًا. يجب أن يكون ${0} على الأقل.`,
  'field.tooBig': str`هذا كبير أو طويل جدًا. يجب ألا يزيد على ${0}.`,
  'field.tooBigNoLimit': 'هذا كبير أو طويل جدًا.',
  'field.invalidType': 'لا يمكن استخدام هذه الإجابة. اكتب أو اختر مرة أخرى.',
  'field.invalidFormat': 'هذا غير مكتوب بالطريقة الصحيحة. تحقق منه واكتبه مرة أخرى.',
  'field.invalidValue': 'اختر أحد الخيارات.',
  'field.notMultipleOf': 'لا يمكن استخدام هذا الرقم. اكتب رقمًا آخر.',
  'field.unrecognizedKeys': 'أرسل النموذج شيئًا لا ينتمي إلى هنا. أعد تحميل الصفحة وحاول مرة أخرى.',
  'field.custom': 'تحقق مما كتبته هنا.',
  'field.unknown': 'لا نعرف هذا الاختيار. اختر أحد الخيارات.',
  'field.phoneOrEmail': 'اكتب رقم هاتف أو عنوان بريد إلكتروني حتى نتمكن من التواصل معك.',
  'field.addressOrPlace': 'اكتب أين حدث ذلك، أو اختر عنوانًا من القائمة.',
  'field.totalMismatch': 'المجموع لا يطابق المبالغ. تحقق من المبالغ.',
  'field.wrongArea': 'العنوان ليس في المنطقة التي اخترتها. اختر العنوان مرة أخرى أو غيّر المنطقة.',
  'field.inFuture': 'هذا الوقت لم يأتِ بعد. اكتب متى حدث ذلك.',
  'field.inPast': 'هذا التاريخ قد مضى. اختر تاريخ اليوم أو تاريخًا لاحقًا.',
  'field.overCap': str`هذا أكثر مما يمكن الحصول عليه. الحد الأقصى ${0}.`,
  'field.overCapNoLimit': 'هذا أكثر مما يمكن الحصول عليه.',
  'field.ageRange': str`العمر غير مناسب. هذا لمن أعمارهم بين ${0} و${1} سنة.`,
  'field.ageRangeNoLimit': 'العمر غير مناسب.',
  'field.endBeforeStart': 'يجب أن تكون النهاية بعد البداية.',
  'field.beforeFrom': 'يجب ألا يكون تاريخ النهاية قبل تاريخ البداية.',
  'field.invalidRrule': 'لا يمكن استخدام التكرار. اختر تكرارًا آخر.',
  'field.startNotInRule': 'يوم البداية لا يناسب التكرار. اختر يوم بداية ضمن التكرار.',
  'field.invalidCursor': 'تغيّرت القائمة. أعد تحميل الصفحة.',
};
