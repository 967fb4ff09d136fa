// Strings of the tenant forms (report form, trivselpeng form) added for issue 19; spread into ../ar.ts.
import { str } from '../../shared/msg.js';
import type { Catalogue } from '../../shared/msg.js';

export const templates: Catalogue = {
  'reportForm.answer.yes': 'نعم',
  'reportForm.answer.no': 'لا',
  'reportForm.again': 'تقديم بلاغ جديد',
  'reportForm.saveAndReturn': 'احفظ وارجع',
  'reportForm.summaryOtherStep': str`${0} (الخطوة ${1}: ${2})`,
  'reportForm.when.heading': 'متى حدث ذلك؟',
  'reportForm.photos.heading': 'هل تريد إضافة صور؟',
  'reportForm.privacy.heading': 'بياناتك الشخصية',
  'reportForm.review.rightNow': 'يحدث الآن',
  'reportForm.error.yesNo': 'أجب بنعم أو لا.',
  'reportForm.error.choose': 'اختر أحد الخيارات.',
  'reportForm.error.area': 'اختر منطقة.',
  'reportForm.error.number': 'اكتب رقمًا، مثلًا 3.',
  'reportForm.error.tooManyPhotos': str`يمكنك إرسال ${0} صور على الأكثر. احذف بعضها.`,
  'reportForm.error.unknownAddress': 'لم يعد العنوان في القائمة. اختره مرة أخرى أو صف المكان بكلماتك.',
  'reportForm.error.unknownPhoto': 'لم تعد إحدى الصور لدينا. احذفها وأضفها مرة أخرى.',
  'photos.oneDone': 'تم رفع الصورة.',
  'photos.oneNotDone': 'لم يتم رفع الصورة بعد.',
  'photos.allDone': str`تم رفع كل الصور (${0}).`,
  'photos.noneDone': str`لم يتم رفع أي من الصور (${0}) بعد.`,
  'photos.someDone': str`تم رفع ${0} من ${1} صور.`,
  'trivselpeng.again': 'تقديم طلب جديد',
  'trivselpeng.saveAndReturn': 'احفظ وارجع',
  'trivselpeng.error.totalMismatch': 'المجموع لا يطابق المبالغ في الميزانية. تحقق من المبالغ.',
};
