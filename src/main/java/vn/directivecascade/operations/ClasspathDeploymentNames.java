package vn.directivecascade.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.spring.boot.starter.configuration.impl.DefaultDeploymentConfiguration;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * The starter's auto-deployment (bpmn/ and forms/ in one deployment), each resource named by its
 * classpath path ("forms/draft-plan.html") instead of the file's absolute path, which the starter
 * takes from a directory and which differs in a packaged jar. A task's
 * {@code camunda:formKey="embedded:deployment:forms/draft-plan.html"} names its form that way, so the
 * form always comes from the same deployment, and version, as its process.
 */
@Component
class ClasspathDeploymentNames extends DefaultDeploymentConfiguration {

  private final ResourceLoader classpath = new DefaultResourceLoader(ClasspathDeploymentNames.class.getClassLoader());

  @Override
  public Set<Resource> getDeploymentResources() {
    return super.getDeploymentResources().stream().map(this::byClasspathPath).collect(Collectors.toSet());
  }

  /** Our patterns are a folder of the classpath and a file name: bpmn/*.bpmn, forms/*.html. */
  private Resource byClasspathPath(Resource found) {
    try {
      String url = found.getURL().toString();
      String folder = url.substring(0, url.lastIndexOf('/'));
      String path = folder.substring(folder.lastIndexOf('/') + 1) + "/" + found.getFilename();
      // A classpath resource of a DefaultResourceLoader is a ContextResource: the engine names it by this path.
      return classpath.getResource(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
