// Demo data for the reference server: an invented housing company in real Eskilstuna districts.
export { demoConfig } from './config.js';
export { demoAreas } from './areas.js';
export { demoAddresses } from './addresses.js';
export { demoCategories } from './categories.js';
export { demoActivities } from './activities.js';
export { schoolHolidaysFor, schoolYearOf, demoSchoolHolidays } from './school-holidays.js';
export { demoRouting } from './routing.js';
