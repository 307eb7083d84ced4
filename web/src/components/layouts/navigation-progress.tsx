import { useNavigation } from 'react-router';

/**
 * While the router loads the next page, the current page stays on screen and a thin
 * bar shows progress at the top: fixed, so it never moves the layout.
 */
export function NavigationProgress() {
  const navigation = useNavigation();
  const loading = navigation.state === 'loading';
  return (
    <div className={loading ? 'navigation-progress navigation-progress--active' : 'navigation-progress'}>
      {loading ? (
        <span role="status" className="visually-hidden">
          Loading the page…
        </span>
      ) : null}
    </div>
  );
}
