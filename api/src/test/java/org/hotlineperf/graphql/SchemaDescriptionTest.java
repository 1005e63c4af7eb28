package org.hotlineperf.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.execution.GraphQlSource;

/**
 * Every type, field, argument, input field and enum value of the schema has a description, so that GraphiQL's
 * documentation explorer explains the whole API.
 */
@SpringBootTest
class SchemaDescriptionTest {

    private static final Set<String> BUILT_IN_SCALARS = Set.of("String", "Int", "Float", "Boolean", "ID");
    private static final Set<String> TEST_ONLY_FIELDS = Set.of("failingQuery");

    @Autowired
    GraphQlSource graphQlSource;

    @Test
    void everyElementOfTheSchemaIsDescribed() {
        GraphQLSchema schema = graphQlSource.schema();
        List<String> undescribed = new ArrayList<>();
        for (GraphQLNamedType type : schema.getAllTypesAsList()) {
            if (type.getName().startsWith("__") || BUILT_IN_SCALARS.contains(type.getName())) {
                continue;
            }
            if (!type.getName().equals("Query")) {
                check(type.getName(), type.getDescription(), undescribed);
            }
            switch (type) {
                case GraphQLObjectType object -> fields(object, undescribed);
                case GraphQLInputObjectType input -> input.getFields().forEach(field ->
                        check(input.getName() + "." + field.getName(), field.getDescription(), undescribed));
                case GraphQLEnumType enumeration -> enumeration.getValues().forEach(value ->
                        check(enumeration.getName() + "." + value.getName(), value.getDescription(), undescribed));
                default -> { }
            }
        }
        assertThat(undescribed).isEmpty();
    }

    /** Fields need a description; an argument needs its own or a mention by name in its field's description. */
    private static void fields(GraphQLObjectType type, List<String> undescribed) {
        for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
            if (TEST_ONLY_FIELDS.contains(field.getName())) {
                continue;
            }
            String path = type.getName() + "." + field.getName();
            check(path, field.getDescription(), undescribed);
            field.getArguments().stream()
                    .filter(argument -> argument.getDescription() == null && (field.getDescription() == null
                            || !field.getDescription().contains("`" + argument.getName() + "`")))
                    .forEach(argument -> undescribed.add(path + "(" + argument.getName() + ")"));
        }
    }

    private static void check(String element, String description, List<String> undescribed) {
        if (description == null || description.isBlank()) {
            undescribed.add(element);
        }
    }
}
