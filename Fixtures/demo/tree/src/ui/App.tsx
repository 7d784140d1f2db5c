export function App() {
  return "users";
}
